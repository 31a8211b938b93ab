"""`zone edit` outputs: targets checked before the edit runs, and a write that fails (a full disk) leaves nothing."""

from __future__ import annotations

import errno
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image

from zone_cli.main import main
from zone_tools import ZoneEditor

ROOT = Path(__file__).resolve().parents[2]
EDIT = ["make the cup blue", "--models", "tiny", "--steps", "1", "--seed", "1", "--action", "change"]


def one_sentence(err: str, *, after_progress: bool = False) -> str:
    """The error sentence of stderr, asserting it is the only thing there (but a progress bar before it)."""
    assert "Traceback" not in err
    lines = err.strip().splitlines()
    assert lines and lines[-1].startswith("zone: ") and (after_progress or len(lines) == 1)
    return lines[-1]


def files(folder: Path) -> set[str]:
    return {str(path.relative_to(folder)) for path in folder.rglob("*")}


@pytest.fixture
def no_models(monkeypatch: pytest.MonkeyPatch) -> None:
    """Fail the test if the models are even loaded: a bad target must be refused before the edit."""

    def refuse(*args: object, **kwargs: object) -> ZoneEditor:
        raise AssertionError("the edit ran although its output cannot be written")

    monkeypatch.setattr(ZoneEditor, "from_env", refuse)


@pytest.mark.parametrize(
    ("targets", "said"),
    [
        (["-o", "out.xyz"], "'.xyz'"),
        (["-o", "out"], "no file extension"),
        (["-o", "out.png", "--layer", "layer.jpg"], "JPEG"),
        (["-o", "folder"], "is a folder"),
        (["-o", "out.png", "--masks", "notes.txt"], "not a folder"),
        (["-o", "notes.txt/out.png"], "not a folder"),
        (["-o", "out.png", "--layer", "folder"], "is a folder"),
    ],
)
def test_an_output_that_cannot_be_written_is_refused_before_the_edit(
    tmp_path: Path,
    photo_path: Path,
    no_models: None,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    targets: list[str],
    said: str,
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "folder").mkdir()
    (tmp_path / "notes.txt").write_text("a file, not a folder")
    before = files(tmp_path)
    assert main(["edit", str(photo_path), *EDIT, *targets]) == 2
    assert said in one_sentence(capsys.readouterr().err)
    assert files(tmp_path) == before


def test_a_full_disk_while_writing_the_layer_leaves_no_output(
    tmp_path: Path, photo_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The disk fills up during the second file: the first one, already written, must go too."""
    full = tmp_path / "full"
    real_save = Image.Image.save

    def save(image: Image.Image, fp, format=None, **params):
        target = Path(fp if isinstance(fp, (str, os.PathLike)) else getattr(fp, "name", ""))
        if full in target.parents:
            Path(target).write_bytes(b"\x89PNG partial")
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        return real_save(image, fp, format, **params)

    monkeypatch.setattr(Image.Image, "save", save)
    out, masks = tmp_path / "out" / "out.png", tmp_path / "masks"
    code = main(
        ["edit", str(photo_path), *EDIT, "-o", str(out), "--layer", str(full / "layer.png"), "--masks", str(masks)]
    )
    assert code == 2
    assert "No space left on device" in one_sentence(capsys.readouterr().err, after_progress=True)
    assert files(tmp_path) == {"photo.png"}


def test_a_write_refused_by_the_system_leaves_nothing(tmp_path: Path) -> None:
    """A real write error from the kernel (RLIMIT_FSIZE: any file over 4 KiB), in a process of its own.

    The second picture fails; the first one, already written, and the folders made for them go too.
    """
    script = (
        "import resource, signal, sys\n"
        "from pathlib import Path\n"
        "import numpy as np\n"
        "from PIL import Image\n"
        "from zone_tools.outputs import OutputError, write_all\n"
        "signal.signal(signal.SIGXFSZ, signal.SIG_IGN)\n"
        "resource.setrlimit(resource.RLIMIT_FSIZE, (4096, 4096))\n"
        "small = Image.new('RGB', (16, 16))\n"
        "noise = Image.fromarray(np.random.default_rng(0).integers(0, 256, (64, 64, 4), dtype=np.uint8))\n"
        "folder = Path(sys.argv[1])\n"
        "try:\n"
        "    write_all({folder / 'out' / 'out.png': small, folder / 'layer' / 'layer.png': noise})\n"
        "except OutputError as error:\n"
        "    print(error)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script, str(tmp_path)],
        check=False,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0 and done.stderr == ""
    layer = tmp_path / "layer" / "layer.png"
    assert done.stdout.strip() == f"Could not write {layer}: File too large; nothing was written."
    assert files(tmp_path) == set()
