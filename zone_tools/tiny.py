"""Tiny, randomly initialised models built in-process with the real classes.

They run the whole ZONE pipeline through the same code as the real models, fast on two CPU cores,
with no download. Their pixels are noise: they are for tests and offline smoke runs only.
"""

from __future__ import annotations

from functools import partial

import torch
from diffusers import AutoencoderKL, DPMSolverMultistepScheduler, UNet2DConditionModel
from segment_anything.modeling import ImageEncoderViT, MaskDecoder, PromptEncoder, Sam, TwoWayTransformer
from transformers import CLIPTextConfig, CLIPTextModel, CLIPTokenizer

from zone_tools.models import ZoneModels

TINY_WORK_SIZE = 128
TINY_POINTS_PER_SIDE = 8
_SAM_IMAGE_SIZE = 64
_SAM_PATCH = 16
_EMBED = 32


def tiny_tokenizer() -> CLIPTokenizer:
    """A CLIP byte-level BPE tokenizer over the 256 byte symbols (no merges): one token per char."""
    printable = [*range(ord("!"), ord("~") + 1), *range(ord("¡"), ord("¬") + 1), *range(ord("®"), ord("ÿ") + 1)]
    symbols = [chr(b) for b in printable]
    symbols += [chr(256 + n) for n, _ in enumerate(b for b in range(256) if b not in printable)]
    vocab = {"<|startoftext|>": 0, "<|endoftext|>": 1}
    for suffix in ("", "</w>"):
        for symbol in symbols:
            vocab[symbol + suffix] = len(vocab)
    tokenizer = CLIPTokenizer(vocab=vocab, merges=[])
    tokenizer.model_max_length = 77
    return tokenizer


def tiny_text_encoder(vocab_size: int) -> CLIPTextModel:
    """A 2-layer CLIP text transformer with 32 hidden units."""
    config = CLIPTextConfig(
        vocab_size=vocab_size,
        hidden_size=_EMBED,
        intermediate_size=64,
        num_hidden_layers=2,
        num_attention_heads=2,
        max_position_embeddings=77,
        bos_token_id=0,
        eos_token_id=1,
        pad_token_id=1,
    )
    return CLIPTextModel(config)


def tiny_unet() -> UNet2DConditionModel:
    """An InstructPix2Pix-shaped UNet (8 input channels, four levels) with few channels."""
    return UNet2DConditionModel(
        sample_size=TINY_WORK_SIZE // 8,
        in_channels=8,
        out_channels=4,
        down_block_types=("CrossAttnDownBlock2D", "CrossAttnDownBlock2D", "CrossAttnDownBlock2D", "DownBlock2D"),
        up_block_types=("UpBlock2D", "CrossAttnUpBlock2D", "CrossAttnUpBlock2D", "CrossAttnUpBlock2D"),
        block_out_channels=(16, 16, 32, 32),
        layers_per_block=1,
        norm_num_groups=8,
        cross_attention_dim=_EMBED,
        attention_head_dim=8,
    )


def tiny_vae() -> AutoencoderKL:
    """A four-level (8x downsampling, like Stable Diffusion's) VAE with 8-16 channels."""
    return AutoencoderKL(
        in_channels=3,
        out_channels=3,
        down_block_types=("DownEncoderBlock2D",) * 4,
        up_block_types=("UpDecoderBlock2D",) * 4,
        block_out_channels=(8, 8, 16, 16),
        layers_per_block=1,
        latent_channels=4,
        norm_num_groups=8,
        sample_size=TINY_WORK_SIZE,
    )


def tiny_sam() -> Sam:
    """Segment Anything with a one-block ViT on 64 px inputs and a one-layer mask decoder."""
    grid = _SAM_IMAGE_SIZE // _SAM_PATCH
    return Sam(
        image_encoder=ImageEncoderViT(
            img_size=_SAM_IMAGE_SIZE,
            patch_size=_SAM_PATCH,
            embed_dim=_EMBED,
            depth=1,
            num_heads=2,
            mlp_ratio=2.0,
            out_chans=_EMBED,
            qkv_bias=True,
            norm_layer=partial(torch.nn.LayerNorm, eps=1e-6),
            use_rel_pos=True,
            window_size=0,
            global_attn_indexes=(),
        ),
        prompt_encoder=PromptEncoder(
            embed_dim=_EMBED,
            image_embedding_size=(grid, grid),
            input_image_size=(_SAM_IMAGE_SIZE, _SAM_IMAGE_SIZE),
            mask_in_chans=4,
        ),
        mask_decoder=MaskDecoder(
            num_multimask_outputs=3,
            transformer=TwoWayTransformer(depth=1, embedding_dim=_EMBED, mlp_dim=64, num_heads=2),
            transformer_dim=_EMBED,
            iou_head_depth=2,
            iou_head_hidden_dim=_EMBED,
        ),
        pixel_mean=[123.675, 116.28, 103.53],
        pixel_std=[58.395, 57.12, 57.375],
    )


def tiny_models(seed: int = 0) -> ZoneModels:
    """All of ZONE's networks in tiny form, initialised from `seed`, on the CPU in float32."""
    torch.manual_seed(seed)
    tokenizer = tiny_tokenizer()
    text_encoder = tiny_text_encoder(len(tokenizer)).eval()
    vae = tiny_vae().eval()
    unet = tiny_unet().eval()
    magicbrush = tiny_unet().eval()
    sam = tiny_sam().eval()
    scheduler_config = dict(
        DPMSolverMultistepScheduler(beta_start=0.00085, beta_end=0.012, beta_schedule="scaled_linear").config
    )
    return ZoneModels(
        tokenizer=tokenizer,
        text_encoder=text_encoder,
        vae=vae,
        unet=unet,
        scheduler_config=scheduler_config,
        load_magicbrush=lambda: magicbrush,
        load_sam=lambda: sam,
        device=torch.device("cpu"),
        dtype=torch.float32,
    )
