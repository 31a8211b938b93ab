"""The hand-written MiniLM pass against sentence-transformers, the reference the bundled model's
`modules.json` names: same vectors, same truncation, no network."""

from __future__ import annotations

import pytest
import torch

from language.encoder import bundled_model_dir, one_intra_op_thread, shared_encoder
from zone_tools.action import get_classifier

TEXTS = [
    "take off her hat",
    "Could you please make the old wooden fence bright red?",
    "把帽子去掉",
    "x",
    "remove the cup " * 300,
]


def test_embeddings_match_sentence_transformers() -> None:
    from sentence_transformers import SentenceTransformer

    reference = SentenceTransformer(str(bundled_model_dir()), device="cpu", local_files_only=True)
    expected = reference.encode(TEXTS, convert_to_tensor=True)
    actual = get_classifier().encoder.encode(TEXTS, batch_size=2)
    assert actual.shape == expected.shape == (len(TEXTS), 384)
    assert torch.allclose(actual, expected, atol=1e-5)
    assert torch.allclose(actual.norm(dim=1), torch.ones(len(TEXTS)))


def test_padding_in_a_batch_does_not_change_a_sentence_embedding() -> None:
    encoder = get_classifier().encoder
    alone = encoder.encode(["add a hat"])
    beside_a_long_one = encoder.encode(["add a hat", "please make the sky over the old harbour look stormy"])[:1]
    assert torch.allclose(alone, beside_a_long_one, atol=1e-6)


def test_empty_batch_gives_an_empty_matrix() -> None:
    assert get_classifier().encoder.encode([]).shape == (0, 384)
    assert get_classifier().encoder.encode_layers([], (6, 3)).shape == (0, 768)


def test_layer_features_are_the_pooled_states_of_each_layer_side_by_side() -> None:
    encoder = get_classifier().encoder
    both = encoder.encode_layers(TEXTS, (encoder.layers, 3), batch_size=2)
    middle = encoder.encode_layers(TEXTS, (3,))
    assert both.shape == (len(TEXTS), 768)
    assert torch.allclose(both[:, :384], encoder.encode(TEXTS), atol=1e-6)
    assert torch.allclose(both[:, 384:], middle, atol=1e-6)
    assert not torch.allclose(middle, encoder.encode(TEXTS), atol=1e-2)
    assert torch.allclose(middle.norm(dim=1), torch.ones(len(TEXTS)))
    with pytest.raises(ValueError, match="between 0 and 6"):
        encoder.encode_layers(TEXTS, (7,))


def test_thread_cap_nests_and_restores_the_process_setting() -> None:
    before = torch.get_num_threads()
    with one_intra_op_thread():
        with one_intra_op_thread():
            assert torch.get_num_threads() == 1
        assert torch.get_num_threads() == 1
    assert torch.get_num_threads() == before


def test_knows_real_words_and_not_misspellings() -> None:
    encoder = shared_encoder()
    assert encoder.knows("remove") and encoder.knows("Ease")
    assert not encoder.knows("remoov") and not encoder.knows("mkae")
