"""The ``nli`` judge: any Hugging Face NLI cross-encoder, from the hub cache or a local folder.

The model reads (premise, hypothesis) pairs and scores its own classes; which class means what comes
from the model's config (``id2label``), whose order differs between models (MNLI-style models put
contradiction first, XNLI-style ones entailment first). Names are matched loosely (``ENTAILMENT``,
``entailment``, ``Entails``, ``not_entailment``...); a config with only ``LABEL_n`` names needs an
explicit ``label_map``. Two-class models (entailment / not entailment) map "not entailment" to
neutral, so they never say contradiction.

Backend: ``transformers`` + ``torch`` (the optional extra ``nli``), imported only when a model is
loaded. Models load from a local folder or the Hugging Face cache (``HF_HOME``/``HF_HUB_CACHE``);
the hub is asked only when the model isn't cached and ``HF_HUB_OFFLINE`` isn't set.
:func:`pull_model` fetches a model into the cache where the hub is reachable.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from onrecord.models.base import LABELS, Judgment

RECOMMENDED_MODEL = "MoritzLaurer/mDeBERTa-v3-base-xnli-multilingual-nli-2mil7"
INSTALL_HINT = "pip install 'onrecord[nli]'  (or: pip install torch transformers)"

# Label names, normalized (lower case, runs of space/dash/dot → "_"), to what they mean.
# "not_entailment" is a class of two-label models; it becomes neutral.
_ALIASES: dict[str, str] = {}
for _target, _names in {
    "entailment": (
        "entailment",
        "entailed",
        "entails",
        "entail",
        "e",
        "ent",
        "support",
        "supports",
        "supported",
        "implication",
        "true",
    ),
    "neutral": (
        "neutral",
        "n",
        "neu",
        "unknown",
        "undetermined",
        "not_enough_info",
        "nei",
        "not_related",
        "unrelated",
    ),
    "contradiction": (
        "contradiction",
        "contradicts",
        "contradict",
        "contradictory",
        "contradicted",
        "c",
        "con",
        "contra",
        "refute",
        "refutes",
        "refuted",
        "false",
    ),
    "not_entailment": (
        "not_entailment",
        "non_entailment",
        "not_entailed",
        "no_entailment",
        "notentailment",
        "nonentailment",
        "not_entail",
        "non_entail",
    ),
}.items():
    for _n in _names:
        _ALIASES[_n] = _target

_GENERIC = re.compile(r"^label_?\d+$")


class NLIError(RuntimeError):
    """A clear, one-line problem with the NLI judge (missing backend, model, or label mapping).

    ``hint`` says what to do about it.
    """

    def __init__(self, message: str, hint: str = "") -> None:
        super().__init__(message)
        self.hint = hint

    def __str__(self) -> str:
        msg = super().__str__()
        return f"{msg} ({self.hint})" if self.hint else msg


def _norm(name: str) -> str:
    return re.sub(r"[\s\-./]+", "_", str(name).strip().lower()).strip("_")


def _env_true(name: str) -> bool:
    return os.environ.get(name, "").strip().lower() in {"1", "true", "yes", "on"}


def hub_offline() -> bool:
    """Whether the environment asks for no hub access (``HF_HUB_OFFLINE``/``TRANSFORMERS_OFFLINE``)."""
    return _env_true("HF_HUB_OFFLINE") or _env_true("TRANSFORMERS_OFFLINE")


def parse_label_map(spec: str | Sequence[str] | Mapping[Any, str]) -> dict[Any, str]:
    """An explicit label mapping from the ways a user may write one.

    - ``"entailment,neutral,contradiction"`` or a list of names: the meaning of class 0, 1, 2...
    - ``"0=contradiction,1=neutral,2=entailment"`` or ``"LABEL_0=contradiction,..."``
    - a mapping ``{0: "contradiction", ...}`` or ``{"LABEL_0": "contradiction", ...}``

    Keys are class indices or config label names; values are label names (aliases allowed).
    """
    if isinstance(spec, Mapping):
        return dict(spec)
    if isinstance(spec, str):
        parts = [p.strip() for p in re.split(r"[,;]", spec) if p.strip()]
    else:
        parts = [str(p).strip() for p in spec]
    if not parts:
        raise NLIError("empty label mapping", "e.g. 'entailment,neutral,contradiction'")
    if all(("=" in p or ":" in p) for p in parts):
        out: dict[Any, str] = {}
        for p in parts:
            key, _, value = p.replace(":", "=", 1).partition("=")
            key = key.strip()
            out[int(key) if key.isdigit() else key] = value.strip()
        return out
    if any(("=" in p or ":" in p) for p in parts):
        raise NLIError(f"mixed label mapping {spec!r}", "use either 'a,b,c' or '0=a,1=b,2=c'")
    return dict(enumerate(parts))


def map_labels(
    id2label: Mapping[Any, str], label_map: Mapping[Any, str] | str | Sequence[str] | None = None
) -> dict[int, str]:
    """Class index → one of LABELS, from a model config's ``id2label`` (and an explicit mapping).

    Raises NLIError when a class can't be named, when a meaning is claimed twice, or when the
    model has no entailment class.
    """
    classes = {int(k): str(v) for k, v in id2label.items()}
    if not classes:
        raise NLIError("the model config has no id2label", "pass label_map")
    explicit: dict[Any, str] = parse_label_map(label_map) if label_map is not None else {}
    by_name = {_norm(k): v for k, v in explicit.items() if isinstance(k, str)}
    by_index = {int(k): v for k, v in explicit.items() if not isinstance(k, str)}
    for k in list(by_name):  # "3" written as a string key is an index
        if k.isdigit():
            by_index[int(k)] = by_name.pop(k)
    unknown = set(by_index) - set(classes)
    if unknown:
        raise NLIError(
            f"label_map names class(es) {sorted(unknown)} but the model has {len(classes)} classes"
        )

    mapped: dict[int, str] = {}
    unnamed: list[str] = []
    for idx in sorted(classes):
        raw = classes[idx]
        given = by_index.get(idx, by_name.get(_norm(raw)))
        if given is not None:
            target = _ALIASES.get(_norm(given))
            if target is None:
                raise NLIError(
                    f"label_map gives class {idx} the unknown label {given!r}",
                    f"use one of {', '.join(LABELS)}",
                )
        else:
            target = _ALIASES.get(_norm(raw))
            if target is None:
                unnamed.append(f"{idx}={raw}")
                continue
        mapped[idx] = target

    if unnamed:
        generic = all(_GENERIC.match(_norm(classes[i])) for i in classes)
        order = ",".join(f"{i}=..." for i in sorted(classes))
        if generic:
            raise NLIError(
                f"the model names its classes only {', '.join(classes[i] for i in sorted(classes))}, "
                "so which means entailment is unknown",
                f"give the order from the model card, e.g. label_map='{order}' with "
                f"{'/'.join(LABELS)}",
            )
        raise NLIError(
            f"unrecognized class name(s) in the model config: {', '.join(unnamed)}",
            f"pass label_map, e.g. '{order}'",
        )
    targets = list(mapped.values())
    dupes = sorted({t for t in targets if targets.count(t) > 1})
    if dupes:
        raise NLIError(f"more than one class means {', '.join(dupes)}: {classes}", "pass label_map")
    if "entailment" not in targets:
        raise NLIError(f"no class of the model means entailment: {classes}", "pass label_map")
    if "not_entailment" in targets and len(targets) != 2:
        raise NLIError(
            f"a not-entailment class only makes sense in a two-class model: {classes}",
            "pass label_map",
        )
    return {i: ("neutral" if t == "not_entailment" else t) for i, t in mapped.items()}


def pick_device(device: str | None = None) -> str:
    """The torch device to run on: the one asked for, else cuda, else mps, else cpu."""
    if device:
        return device
    env = os.environ.get("ONRECORD_DEVICE")
    if env:
        return env
    torch = _import_torch()
    if torch.cuda.is_available():
        return "cuda"
    mps = getattr(torch.backends, "mps", None)
    if mps is not None and mps.is_available():
        return "mps"
    return "cpu"


def _import_torch() -> Any:
    try:
        import torch
    except ImportError as exc:
        raise NLIError("the nli judge needs PyTorch, which is not installed", INSTALL_HINT) from exc
    return torch


def _import_backend() -> tuple[Any, Any]:
    torch = _import_torch()
    try:
        import transformers
    except ImportError as exc:
        raise NLIError(
            "the nli judge needs Hugging Face transformers, which is not installed", INSTALL_HINT
        ) from exc
    return torch, transformers


def _fetch_hint(model: str) -> str:
    return (
        f"fetch it where the hub is reachable with `onrecord models pull {model}` "
        "(or `hf download`), then copy the Hugging Face cache (~/.cache/huggingface) here or "
        "pass the model's local folder"
    )


_HUB_ID = re.compile(r"^[A-Za-z0-9][\w.\-]*(/[\w.\-]+)?$")


def _looks_like_path(model: str) -> bool:
    """Whether a model name can only be a local path (it can't be a hub id ``owner/name``)."""
    return not _HUB_ID.match(model)


def _input_limit(tokenizer: Any, config: Any) -> int:
    """The most tokens the model takes: the tokenizer's limit, capped by the position table."""
    limits = []
    tok_limit = getattr(tokenizer, "model_max_length", None)
    if isinstance(tok_limit, int) and 0 < tok_limit < 1_000_000:
        limits.append(tok_limit)
    positions = getattr(config, "max_position_embeddings", None)
    if isinstance(positions, int) and positions > 0:
        # RoBERTa-family tables keep two slots for the padding offset.
        offset = 2 if "roberta" in str(getattr(config, "model_type", "")) else 0
        limits.append(positions - offset)
    return min(limits) if limits else 512


def _display_name(folder: Path) -> str:
    """A local model's name: the hub id for a folder inside a hub cache, else the folder name."""
    folder = folder.resolve()
    if folder.parent.name == "snapshots" and folder.parent.parent.name.startswith("models--"):
        return folder.parent.parent.name.removeprefix("models--").replace("--", "/")
    return folder.name


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return f"{type(exc).__name__}: {text[0]}" if text else type(exc).__name__


class NLIJudge:
    """A Hugging Face sequence-classification NLI model as a :class:`~onrecord.models.base.Judge`.

    ``model`` is a hub id (loaded from the local cache; from the hub only when not cached and not
    offline) or a local folder. ``label_map`` overrides or completes the config's ``id2label``
    (see :func:`parse_label_map`). The model loads on first use, or with :meth:`load`.
    """

    def __init__(
        self,
        model: str = RECOMMENDED_MODEL,
        device: str | None = None,
        batch_size: int = 16,
        *,
        max_length: int = 512,
        label_map: Mapping[Any, str] | str | Sequence[str] | None = None,
        cache_dir: str | os.PathLike[str] | None = None,
        revision: str | None = None,
    ) -> None:
        if batch_size < 1:
            raise ValueError("batch_size must be at least 1")
        self.model_id = str(model)
        self.requested_device = device
        self.batch_size = int(batch_size)
        self.max_length = int(max_length)
        self.label_map = label_map
        self.cache_dir = str(cache_dir) if cache_dir is not None else None
        self.revision = revision
        path = Path(self.model_id).expanduser()
        self.local_path: Path | None = path if path.is_dir() else None
        self.name = f"nli/{_display_name(self.local_path) if self.local_path else self.model_id}"
        self.device: str | None = None
        self.labels: dict[int, str] = {}  # class index → one of LABELS
        self._model: Any = None
        self._tokenizer: Any = None
        self._torch: Any = None

    # -- loading ---------------------------------------------------------------------------

    def load(self) -> NLIJudge:
        """Load the tokenizer and model now (idempotent); raises NLIError with a hint on failure."""
        if self._model is not None:
            return self
        torch, transformers = _import_backend()
        source = self.resolve()
        config = self._from_pretrained(transformers.AutoConfig, source)
        self.labels = map_labels(getattr(config, "id2label", None) or {}, self.label_map)
        tokenizer = self._from_pretrained(transformers.AutoTokenizer, source)
        model = self._from_pretrained(
            transformers.AutoModelForSequenceClassification, source, config=config
        )
        if model.config.num_labels != len(self.labels):
            raise NLIError(
                f"{self.model_id} has {model.config.num_labels} outputs but "
                f"{len(self.labels)} named classes",
                "pass label_map",
            )
        self.device = pick_device(self.requested_device)
        try:
            model.to(self.device)
        except Exception as exc:  # e.g. "cuda" asked for where there is none
            raise NLIError(
                f"can't put the model on device {self.device!r}: {_first_line(exc)}",
                "pass device='cpu' or set ONRECORD_DEVICE",
            ) from exc
        model.eval()
        self.max_length = min(self.max_length, _input_limit(tokenizer, model.config))
        self._torch, self._tokenizer, self._model = torch, tokenizer, model
        return self

    def resolve(self) -> str:
        """The local folder holding the model: the path given, the cached snapshot, or a fresh
        download (unless offline). Raises NLIError with a one-line message and a hint."""
        if self.local_path is not None:
            return str(self.local_path)
        if _looks_like_path(self.model_id):
            raise NLIError(f"no model folder at {self.model_id}", "check the path")
        try:
            import huggingface_hub
        except ImportError as exc:
            raise NLIError(
                "the nli judge needs huggingface_hub, which is not installed", INSTALL_HINT
            ) from exc
        try:
            return str(
                huggingface_hub.snapshot_download(
                    self.model_id,
                    cache_dir=self.cache_dir,
                    revision=self.revision,
                    local_files_only=True,
                )
            )
        except Exception as exc:
            if hub_offline():
                raise NLIError(
                    f"model {self.model_id} is not in the local Hugging Face cache and "
                    "HF_HUB_OFFLINE is set",
                    _fetch_hint(self.model_id),
                ) from exc
        try:
            return str(pull_model(self.model_id, self.cache_dir, revision=self.revision))
        except NLIError as exc:
            raise NLIError(
                f"model {self.model_id} is not in the local Hugging Face cache; {exc.args[0]}",
                _fetch_hint(self.model_id),
            ) from exc

    def _from_pretrained(self, cls: Any, folder: str, **kw: Any) -> Any:
        what = cls.__name__.removeprefix("Auto")
        try:
            return cls.from_pretrained(folder, local_files_only=True, **kw)
        except Exception as exc:
            raise NLIError(
                f"can't load the {what} of {self.model_id} from {folder}: {_first_line(exc)}",
                "a model folder needs config.json, tokenizer files and weights "
                "(as save_pretrained writes them)",
            ) from exc

    # -- judging ---------------------------------------------------------------------------

    def predict_proba(self, pairs: Sequence[tuple[str, str]]) -> list[dict[str, float]]:
        """Per pair, the probability of each of LABELS (classes of the same meaning summed)."""
        self.load()
        torch, tok, model = self._torch, self._tokenizer, self._model
        n = len(pairs)
        out: list[dict[str, float] | None] = [None] * n
        # Longest first, so batches hold similar lengths and the first batch shows memory limits.
        order = sorted(range(n), key=lambda i: -(len(pairs[i][0]) + len(pairs[i][1])))
        with torch.inference_mode():
            for start in range(0, n, self.batch_size):
                idx = order[start : start + self.batch_size]
                enc = tok(
                    [str(pairs[i][0]) for i in idx],
                    [str(pairs[i][1]) for i in idx],
                    padding=True,
                    truncation=True,
                    max_length=self.max_length,
                    return_tensors="pt",
                )
                enc = {k: v.to(self.device) for k, v in enc.items()}
                logits = model(**enc).logits.float()
                probs = torch.softmax(logits, dim=-1).cpu().tolist()
                for i, row in zip(idx, probs):
                    dist = dict.fromkeys(LABELS, 0.0)
                    for cls, p in enumerate(row):
                        dist[self.labels[cls]] += float(p)
                    total = sum(dist.values()) or 1.0
                    out[i] = {k: v / total for k, v in dist.items()}
        return [d for d in out if d is not None]

    def judge(self, pairs: Sequence[tuple[str, str]]) -> list[Judgment]:
        """Judge (premise, hypothesis) pairs, in order."""
        if not pairs:
            return []
        results = []
        for dist in self.predict_proba(pairs):
            label = max(LABELS, key=lambda k: dist[k])  # ties go to the earlier label in LABELS
            results.append(Judgment(label=label, probs=dist, judge=self.name))
        return results

    def __repr__(self) -> str:
        return f"NLIJudge({self.model_id!r}, device={self.device or self.requested_device!r})"


def pull_model(
    model_id: str = RECOMMENDED_MODEL,
    cache_dir: str | os.PathLike[str] | None = None,
    *,
    revision: str | None = None,
    token: str | None = None,
) -> Path:
    """Download a model into the Hugging Face cache (or ``cache_dir``); returns its local folder.

    Reads ``HF_ENDPOINT`` and ``HF_HUB_OFFLINE`` at call time. Raises NLIError with a one-line
    message where the hub can't be reached or has no such model.
    """
    try:
        import huggingface_hub
    except ImportError as exc:
        raise NLIError(
            "pulling models needs huggingface_hub, which is not installed", INSTALL_HINT
        ) from exc
    try:
        from huggingface_hub import errors as hf_errors
    except ImportError:  # huggingface_hub < 0.23
        from huggingface_hub import utils as hf_errors
    if hub_offline():
        raise NLIError(
            f"can't pull {model_id}: HF_HUB_OFFLINE is set", "unset HF_HUB_OFFLINE to download"
        )
    endpoint = os.environ.get("HF_ENDPOINT") or None
    where = endpoint or "https://huggingface.co"
    # Only what transformers + torch need: not the other frameworks' copies of the weights, nor
    # the pickled PyTorch ones where safetensors exist (fetched in a second pass where they don't).
    ignore = [
        "*.h5",
        "*.msgpack",
        "*.ot",
        "*.onnx",
        "onnx/*",
        "openvino/*",
        "tf_model*",
        "flax_model*",
        "rust_model*",
        "coreml/*",
        "*.gguf",
    ]
    kw: dict[str, Any] = dict(
        cache_dir=cache_dir, revision=revision, token=token, endpoint=endpoint
    )
    try:
        path = Path(
            str(
                huggingface_hub.snapshot_download(
                    model_id, ignore_patterns=[*ignore, "*.bin", "*.pt", "*.pth"], **kw
                )
            )
        )
        if not any(path.rglob("*.safetensors")):
            path = Path(
                str(huggingface_hub.snapshot_download(model_id, ignore_patterns=ignore, **kw))
            )
    except hf_errors.GatedRepoError as exc:
        raise NLIError(
            f"{model_id} is gated on the hub",
            "accept its terms on the model page and set HF_TOKEN",
        ) from exc
    except hf_errors.RepositoryNotFoundError as exc:
        raise NLIError(
            f"no model {model_id} on the hub at {where}", "check the id (owner/name)"
        ) from exc
    except hf_errors.RevisionNotFoundError as exc:
        raise NLIError(f"{model_id} has no revision {revision!r}", "check the revision") from exc
    except Exception as exc:
        raise NLIError(
            f"can't download {model_id}: the Hugging Face hub at {where} is unreachable "
            f"({_first_line(exc)})",
            "run `onrecord models pull` where the hub is reachable and copy the Hugging Face "
            "cache (~/.cache/huggingface) here, or pass the model's local folder",
        ) from exc
    return path
