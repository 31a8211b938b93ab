"""`settings`: the one reader of ZONE_* variables, and the zone_tools config built from it."""

from __future__ import annotations

import pytest

import settings
from zone_tools import ZoneConfig


def test_every_variable_is_read_and_parsed(monkeypatch: pytest.MonkeyPatch, tmp_path) -> None:
    values = {
        "ZONE_DB_URL": "sqlite:///x.db",
        "ZONE_SECRET": "s3",
        "ZONE_MODELS": str(tmp_path),
        "ZONE_DEVICE": "cpu",
        "ZONE_DTYPE": "bf16",
        "ZONE_SAM": "vit_b",
        "ZONE_SAM_URL": "http://127.0.0.1:9/",
        "ZONE_CACHE": "/c",
        "ZONE_CUDA_GRAPHS": "0",
        "ZONE_COMPILE": "1",
        "ZONE_SAM_HALF": "no",
        "ZONE_THREADS": "3",
        "ZONE_LLM": "openai:gpt-4o-mini",
        "ZONE_LLM_BASE_URL": "http://127.0.0.1:8/v1",
        "ZONE_LLM_API_KEY": "k",
        "ZONE_LLM_TIMEOUT": "12.5",
        "ZONE_LLM_RETRIES": "3",
        "ZONE_LLM_VISION": "true",
        "ZONE_EDITOR_URL": "http://127.0.0.1:8000",
        "ZONE_MCP_TOKEN": "t",
        "ZONE_MCP_TOKENS_FILE": "/tokens",
    }
    for name, value in values.items():
        monkeypatch.setenv(name, value)
    env = settings.current()
    assert (env.db_url, env.models, env.device, env.dtype, env.sam, env.cache) == (
        "sqlite:///x.db",
        str(tmp_path),
        "cpu",
        "bf16",
        "vit_b",
        "/c",
    )
    assert env.cuda_graphs is False and env.compile is True and env.sam_half is False and env.llm_vision is True
    assert env.threads == 3
    assert env.llm_timeout == 12.5 and env.llm_retries == 3 and str(env.mcp_tokens_file) == "/tokens"
    assert env.editor_url == "http://127.0.0.1:8000"
    secrets = (env.secret, env.llm_api_key, env.mcp_token)
    assert [None if s is None else s.get_secret_value() for s in secrets] == ["s3", "k", "t"]
    assert "s3" not in repr(env)
    assert sorted(settings.PREFIX + name.upper() for name in settings.Settings.model_fields) == sorted(values)

    config = ZoneConfig.from_env()
    assert (config.sam_type, config.sam_url, config.device, config.dtype, config.cache_dir) == (
        "vit_b",
        "http://127.0.0.1:9/",
        "cpu",
        "bf16",
        "/c",
    )
    assert not config.cuda_graphs and config.compile_unets and not config.sam_half and config.threads == 3
    assert config.ip2p == str(tmp_path / "instruct-pix2pix")


def test_unset_and_empty_variables_take_the_defaults(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in settings.Settings.model_fields:
        monkeypatch.delenv(settings.PREFIX + name.upper(), raising=False)
    monkeypatch.setenv("ZONE_DEVICE", "")
    env = settings.current()
    assert env.device is None and env.models == "default" and env.sam == "vit_h" and env.cuda_graphs
    assert not env.compile and not ZoneConfig.from_env().compile_unets
    assert env.sam_url == settings.SAM_DOWNLOAD_URL and env.llm == "" and env.db_url is None


def test_a_value_that_does_not_parse_is_one_sentence_naming_the_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ZONE_SAM_HALF", "maybe")
    with pytest.raises(settings.SettingsError, match=r"^ZONE_SAM_HALF cannot be used: .*\.$") as caught:
        settings.current()
    assert "\n" not in str(caught.value)
    with pytest.raises(ValueError, match="ZONE_SAM_HALF"):
        ZoneConfig.from_env()


def test_an_unknown_sam_type_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ZONE_SAM", "vit_x")
    with pytest.raises(ValueError, match="vit_h, vit_l or vit_b"):
        ZoneConfig.from_env()
