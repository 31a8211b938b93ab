"""Denoising (docs/method.md sections 2 and 3): the fused InstructPix2Pix/MagicBrush sampler
(`sampling`), the cross-attention capture it records (`attention`) and its CUDA-graph replay
(`graphs`)."""
