"""Fused attention for segment_anything's ViT image encoder (same maths, no 4096 x 4096 matrices).

SAM's global-attention blocks add a decomposed relative-position bias
    attn[q, k] = scale * q.k + Rh[q, row(k)] + Rw[q, col(k)]
and materialise the full (heads, 4096, 4096) matrix several times. The bias
is folded into the dot product instead: with q' = [scale*q, Rh[q, :], Rw[q, :]]
and k' = [k, onehot(row(k)), onehot(col(k))], q'.k' equals the biased score,
so torch's fused scaled_dot_product_attention (blockwise, never materialised)
computes exactly the reference attention up to float rounding.
"""

from __future__ import annotations

import types


def _fused_forward(self, x):
    import torch
    import torch.nn.functional as F
    from segment_anything.modeling.image_encoder import get_rel_pos

    B, H, W, _ = x.shape
    heads = self.num_heads
    qkv = self.qkv(x).reshape(B, H * W, 3, heads, -1).permute(2, 0, 3, 1, 4)
    q, k, v = qkv.unbind(0)  # (B, heads, HW, head_dim)
    if self.use_rel_pos:
        head_dim = q.shape[-1]
        rh = get_rel_pos(H, H, self.rel_pos_h)
        rw = get_rel_pos(W, W, self.rel_pos_w)
        r_q = q.reshape(B, heads, H, W, head_dim)
        rel_h = torch.einsum("bnhwc,hkc->bnhwk", r_q, rh).reshape(B, heads, H * W, H)
        rel_w = torch.einsum("bnhwc,wkc->bnhwk", r_q, rw).reshape(B, heads, H * W, W)
        rows = torch.arange(H, device=x.device).repeat_interleave(W)
        cols = torch.arange(W, device=x.device).repeat(H)
        onehot_h = F.one_hot(rows, H).to(q.dtype).expand(B, heads, H * W, H)
        onehot_w = F.one_hot(cols, W).to(q.dtype).expand(B, heads, H * W, W)
        q = torch.cat([q * self.scale, rel_h, rel_w], dim=-1)
        k = torch.cat([k, onehot_h, onehot_w], dim=-1)
        out = F.scaled_dot_product_attention(q, k, v, scale=1.0)
    else:
        out = F.scaled_dot_product_attention(q, k, v, scale=self.scale)
    out = out.view(B, heads, H, W, -1).permute(0, 2, 3, 1, 4).reshape(B, H, W, -1)
    return self.proj(out)


def fuse_sam_attention(image_encoder) -> int:
    """Switch every attention layer of a segment_anything ImageEncoderViT to the fused form; returns how many."""
    from segment_anything.modeling.image_encoder import Attention

    count = 0
    for module in image_encoder.modules():
        if isinstance(module, Attention):
            module.forward = types.MethodType(_fused_forward, module)
            count += 1
    return count
