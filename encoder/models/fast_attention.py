# SPDX-License-Identifier: GPL-2.0-or-later
"""Faster blocks for segment_anything's ViT image encoder: same maths, no full-size score matrices.

SAM's attention adds a decomposed relative-position bias,
    attn[q, k] = scale * q.k + Rh[q, row(k)] + Rw[q, col(k)],
and its reference code materialises the (heads, 4096, 4096) score matrix of
a global block several times (scores, + bias, softmax). Here the bias is built
for one head and a chunk of queries at a time and handed to torch's fused
scaled_dot_product_attention as an additive mask, so softmax and the value
product run blockwise in cache. The MLP also runs on 1024 tokens at a time,
so its (tokens, 3072) hidden layer stays small enough to be reused from the
heap instead of being mapped afresh (and page-faulted) in every block.
Results equal the reference to float rounding (about 1e-6 relative);
`make bench` measures the speed-up.
"""

from __future__ import annotations

import types

# Bias built per head and per 512 queries: 512 x 4096 floats (8 MB) stays in cache (measured fastest here).
QUERY_CHUNK = 512
# MLP rows per step: a 1024 x 3072 hidden layer is 12 MB, under glibc's 32 MB mmap threshold (measured: -7%).
MLP_CHUNK = 1024


def _chunked_forward(self, x):
    import torch
    import torch.nn.functional as F
    from segment_anything.modeling.image_encoder import get_rel_pos

    B, H, W, _ = x.shape
    heads = self.num_heads
    qkv = self.qkv(x).reshape(B, H * W, 3, heads, -1).permute(2, 0, 3, 1, 4)
    q, k, v = qkv.unbind(0)  # (B, heads, HW, head_dim)
    if not self.use_rel_pos:
        out = F.scaled_dot_product_attention(q, k, v, scale=self.scale)
    else:
        head_dim = q.shape[-1]
        rh = get_rel_pos(H, H, self.rel_pos_h)
        rw = get_rel_pos(W, W, self.rel_pos_w)
        r_q = q.reshape(B, heads, H, W, head_dim)
        rel_h = torch.einsum("bnhwc,hkc->bnhwk", r_q, rh).reshape(B, heads, H * W, H)
        rel_w = torch.einsum("bnhwc,wkc->bnhwk", r_q, rw).reshape(B, heads, H * W, W)
        out = torch.empty_like(v)
        # One bias buffer for every chunk: a fresh 8 MB bias per chunk was page-faulted in each time (measured: the
        # additions took 19 % of ViT-B's time; make bench STAGES=profile).
        rows = min(QUERY_CHUNK, H * W)
        buffer = torch.empty(B, 1, rows, H, W, dtype=rel_h.dtype, device=rel_h.device)
        for h in range(heads):
            for start in range(0, H * W, QUERY_CHUNK):
                stop = min(start + QUERY_CHUNK, H * W)
                bias = buffer if stop - start == rows else torch.empty(B, 1, stop - start, H, W, dtype=rel_h.dtype, device=rel_h.device)
                torch.add(rel_h[:, h : h + 1, start:stop, :, None], rel_w[:, h : h + 1, start:stop, None, :], out=bias)
                out[:, h : h + 1, start:stop] = F.scaled_dot_product_attention(
                    q[:, h : h + 1, start:stop], k[:, h : h + 1], v[:, h : h + 1], attn_mask=bias.view(B, 1, -1, H * W), scale=self.scale
                )
    out = out.view(B, heads, H, W, -1).permute(0, 2, 3, 1, 4).reshape(B, H, W, -1)
    return self.proj(out)


def _block_forward(self, x):
    """segment_anything's Block.forward with the MLP applied MLP_CHUNK tokens at a time, residuals added in place."""
    from segment_anything.modeling.image_encoder import window_partition, window_unpartition

    shortcut = x
    x = self.norm1(x)
    if self.window_size > 0:
        H, W = x.shape[1], x.shape[2]
        x, pad_hw = window_partition(x, self.window_size)
    x = self.attn(x)
    if self.window_size > 0:
        x = window_unpartition(x, self.window_size, pad_hw, (H, W))
    x += shortcut  # x is a fresh array of this block's: no new allocation
    rows = x.view(-1, x.shape[-1])
    for start in range(0, rows.shape[0], MLP_CHUNK):
        part = rows[start : start + MLP_CHUNK]
        part += self.mlp(self.norm2(part))  # in place: the rows were read before they are written
    return x


def fuse_sam_attention(image_encoder) -> int:
    """Switch every block of a segment_anything ImageEncoderViT to the chunked forms; returns how many."""
    from segment_anything.modeling.image_encoder import Attention, Block

    count = 0
    for module in image_encoder.modules():
        if isinstance(module, Attention):
            module.forward = types.MethodType(_chunked_forward, module)
            count += 1
        elif isinstance(module, Block):
            module.forward = types.MethodType(_block_forward, module)
    return count


def unfuse_sam_attention(image_encoder) -> None:
    """Back to segment_anything's own forwards (what a tracer such as OpenVINO's converter can follow)."""
    for module in image_encoder.modules():
        module.__dict__.pop("forward", None)
