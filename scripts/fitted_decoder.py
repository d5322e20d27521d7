# SPDX-License-Identifier: GPL-2.0-or-later
"""A tiny SAM whose decoder has been fitted, in about a minute, to segment the demo image's regions.

Random weights give noise masks (thousands of specks): timing a click on
them times the vectoriser on noise, not what a user sees. Trained SAM weights
cannot be downloaded here, so the benchmark fits the tiny model's prompt
encoder and mask decoder (the image encoder stays random and frozen) to one
target: the connected region, in a smoothed three-level brightness map of
the demo image, that holds the click. The decoder then returns one object
per click, with smooth edges and a few islands, as a trained model does.
It is a timing stand-in, not a segmentation model.
"""

from __future__ import annotations

import time


def region_labels(image, sigma: float = 6.0):
    """Connected regions of a smoothed brightness map with three levels: (labels, sizes)."""
    import numpy as np
    import scipy.ndimage as ndi

    grey = ndi.gaussian_filter(image.mean(axis=2).astype(np.float32), sigma)
    levels = np.digitize(grey, [90, 170])
    labels = np.zeros(grey.shape, dtype=np.int64)
    count = 0
    for level in range(3):
        lab, n = ndi.label(levels == level)
        labels[lab > 0] = lab[lab > 0] + count
        count += n
    return labels, np.bincount(labels.ravel())


def fit_decoder(checkpoint: str, image, out_path: str, steps: int = 200, batch: int = 4, seed: int = 0) -> dict:
    """Fit the decoder of a tiny SAM checkpoint to `image`'s regions; writes a checkpoint of the same format."""
    import numpy as np
    import torch
    import torch.nn.functional as F
    from segment_anything import SamPredictor
    from segment_anything.build_sam import _build_sam

    from encoder.models.checkpoints import create_model_spec_from_checkpoint

    started = time.time()
    torch.manual_seed(seed)
    embed_dim, depth, heads, global_idx = create_model_spec_from_checkpoint(checkpoint).encoder_arch
    sam = _build_sam(embed_dim, depth, heads, list(global_idx), checkpoint=None)
    sam.load_state_dict(torch.load(checkpoint, weights_only=True))
    predictor = SamPredictor(sam.eval())
    predictor.set_image(image)
    embedding = predictor.features.detach()
    labels, sizes = region_labels(image)
    low_res_labels = labels[2::4, 2::4]  # the decoder's 256 x 256 output grid
    rng = np.random.default_rng(seed)
    params = [*sam.prompt_encoder.parameters(), *sam.mask_decoder.parameters()]
    optimiser = torch.optim.AdamW(params, lr=3e-4)
    h, w = labels.shape

    def sample_clicks(n):
        clicks = []
        while len(clicks) < n:
            r, c = rng.integers(0, h), rng.integers(0, w)
            if sizes[labels[r, c]] > 3000:
                clicks.append((c, r))
        return np.array(clicks)

    def run(clicks):
        target = torch.from_numpy(np.stack([low_res_labels == labels[r, c] for c, r in clicks]).astype(np.float32))[:, None]
        coords = torch.from_numpy(predictor.transform.apply_coords(clicks.astype(np.float32), (h, w)))[:, None]
        sparse, dense = sam.prompt_encoder(points=(coords, torch.ones(len(clicks), 1, dtype=torch.int)), boxes=None, masks=None)
        logits, iou_pred = sam.mask_decoder(image_embeddings=embedding, image_pe=sam.prompt_encoder.get_dense_pe(), sparse_prompt_embeddings=sparse, dense_prompt_embeddings=dense, multimask_output=True)
        hard = (logits > 0).float()
        true_iou = (hard * target).sum((2, 3)) / ((hard + target).clamp(max=1).sum((2, 3)) + 1e-6)
        return logits, iou_pred, target, true_iou

    for _ in range(steps):
        logits, iou_pred, target, true_iou = run(sample_clicks(batch))
        bce = F.binary_cross_entropy_with_logits(logits, target.expand_as(logits), reduction="none").mean((2, 3))
        prob = logits.sigmoid()
        dice = 1 - (2 * (prob * target).sum((2, 3)) + 1) / (prob.sum((2, 3)) + target.sum((2, 3)) + 1)
        loss = (bce + dice).min(dim=1).values.mean() + F.mse_loss(iou_pred, true_iou.detach())
        optimiser.zero_grad()
        loss.backward()
        optimiser.step()
    with torch.no_grad():  # held-out clicks: IoU of the best-scored mask with its target region
        _, iou_pred, _, true_iou = run(sample_clicks(32))
        chosen = true_iou.gather(1, iou_pred.argmax(dim=1, keepdim=True))
    torch.save(sam.state_dict(), out_path)
    return {"seconds": time.time() - started, "held_out_iou": float(chosen.median())}
