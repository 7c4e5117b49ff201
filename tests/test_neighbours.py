"""The neighbour memory: labelled messages remembered by their rare features."""

from __future__ import annotations

import random
import threading

import joblib
import numpy as np
import pytest

from agent.buckets import BODY
from agent.fast_path import FastPath, FastPathSettings, new_text_model, stored_features
from agent.neighbours import NeighbourMemory
from agent.text_model import FALLBACK_NEIGHBOUR_WEIGHT, TextModel, _matrix, _platt_fit
from pipeline.parsing import parse_message
from pipeline.training import bundled_sample


def _row(*buckets: int) -> np.ndarray:
    return np.array(sorted(buckets), dtype=np.int64)


def _sample(n_spam: int = 300, n_ham: int = 400):
    spam_dir, ham_dir = bundled_sample()
    spam = [stored_features(parse_message(p.read_bytes())).array() for p in sorted(spam_dir.iterdir())[:n_spam]]
    ham = [stored_features(parse_message(p.read_bytes())).array() for p in sorted(ham_dir.iterdir())[:n_ham]]
    return spam, ham


def test_a_remembered_message_is_its_own_nearest_neighbour():
    memory = NeighbourMemory(rare_limit=50)
    memory.build([_row(1, 2, BODY + 5, BODY + 6), _row(3, 4, BODY + 7, BODY + 8)], [True, False])
    assert memory.nearest(_row(1, 2, BODY + 5, BODY + 6)) == pytest.approx((1.0, 0.0))
    assert memory.nearest(_row(3, 4, BODY + 7, BODY + 8)) == pytest.approx((0.0, 1.0))
    assert memory.evidence(_row(1, 2, BODY + 5, BODY + 6)) == pytest.approx(1.0)
    # Half the body and none of the headers in common: the body block's share of a cosine
    # with header weight 1.3 is 1 / (1 + 1.3^2), and half its buckets give half of that.
    spam, _ = memory.nearest(_row(9, 10, BODY + 5, BODY + 99))
    assert spam == pytest.approx(0.5 / (1 + 1.3 ** 2))
    assert memory.nearest(_row(11, BODY + 12)) == (0.0, 0.0)  # nothing in common


def test_a_message_labelled_again_takes_the_new_label_instead_of_a_second_copy():
    """Marked spam by mistake, then ham: the owner's last word counts, for this message
    and for the next one like it, both before and after the pending merge."""
    memory = NeighbourMemory(rare_limit=50)
    memory.build([_row(3, 4, BODY + 7, BODY + 8)], [False])
    newsletter = _row(1, 2, BODY + 5, BODY + 6)
    memory.add(newsletter, True)
    assert len(memory) == 2 and memory.evidence(newsletter) == pytest.approx(1.0)
    memory.add(newsletter, False)
    assert len(memory) == 2, "relabelled, not remembered twice"
    assert memory.evidence(newsletter) == pytest.approx(-1.0)
    next_issue = _row(1, 2, BODY + 5, BODY + 66)
    assert memory.nearest(next_issue)[0] == 0.0 and memory.nearest(next_issue)[1] > 0.5

    for i in range(300):  # past a merge: the copy is found in the sorted arrays too
        memory.add(_row(1000 + i, BODY + 1000 + i), i % 2 == 0)
    memory.add(newsletter, True)
    assert len(memory) == 302 and memory.evidence(newsletter) == pytest.approx(1.0)
    # Same rare features but one more body feature, or a feature never seen: not a copy.
    memory.add(_row(1, 2, BODY + 5, BODY + 6, BODY + 7), False)
    memory.add(_row(1, 2, BODY + 5, BODY + 99999), False)
    assert len(memory) == 304 and memory.nearest(newsletter)[0] == pytest.approx(1.0)


def test_a_feature_shared_by_more_than_the_rare_limit_counts_for_nothing():
    rows = [_row(7, BODY + 100 + i) for i in range(4)]  # bucket 7 in all four
    memory = NeighbourMemory(rare_limit=3)
    memory.build(rows, [True, True, False, False])
    assert memory.nearest(_row(7, BODY + 1)) == (0.0, 0.0)
    spam, ham = memory.nearest(_row(7, BODY + 100))
    assert spam > 0 and ham == 0.0  # the rare body bucket still finds its message
    wide = NeighbourMemory(rare_limit=4)
    wide.build(rows, [True, True, False, False])
    spam, ham = wide.nearest(_row(7, BODY + 1))
    assert spam > 0 and spam == pytest.approx(ham)


def test_remembering_one_at_a_time_finds_what_remembering_all_at_once_does():
    rng = random.Random(3)
    rows = [_row(*rng.sample(range(2000), 6), *(BODY + b for b in rng.sample(range(3000), 12))) for _ in range(600)]
    labels = [rng.random() < 0.4 for _ in rows]
    whole = NeighbourMemory(rare_limit=5)
    whole.build(rows, labels)
    grown = NeighbourMemory(rare_limit=5)
    grown.build(rows[:100], labels[:100])
    for row, label in zip(rows[100:], labels[100:]):  # 500 more: merged at 256, 244 still pending
        grown.add(row, label)
    assert 0 < grown._pending_count < 256
    queries = [_row(*rng.sample(range(2000), 6), *(BODY + b for b in rng.sample(range(3000), 12)))
               for _ in range(100)] + rows[::37]
    np.testing.assert_allclose([grown.nearest(q) for q in queries], [whole.nearest(q) for q in queries], atol=1e-12)
    assert any(whole.nearest(q) != (0.0, 0.0) for q in queries[:100])  # the check is not all zeros


def test_the_fitted_neighbour_weight_is_positive_and_a_correction_moves_a_near_copy(tmp_path):
    spam, ham = _sample()
    model = new_text_model(FastPathSettings())
    model.fit(spam[1:] + ham, [True] * (len(spam) - 1) + [False] * len(ham))
    assert model.neighbour_weight > 0, "calibration found the neighbours' evidence worth something"
    raw = sorted(bundled_sample()[0].iterdir())[0].read_bytes()
    lines = raw.split(b"\n")
    copy = b"\n".join(b"Message-ID: <another-copy-4711@mass.example>" if line.lower().startswith(b"message-id:")
                      else line for line in lines)
    near_copy = stored_features(parse_message(copy)).array()
    assert not np.array_equal(near_copy, spam[0])
    spam_before, ham_before = model.neighbours.nearest(near_copy)
    before = model.margin(near_copy)
    model.learn(spam[0], False)  # the owner says: this one is ham
    spam_after, ham_after = model.neighbours.nearest(near_copy)
    assert spam_after <= spam_before and ham_after > max(ham_before, 0.5)  # (a bucket or two stopped being rare)
    assert model.margin(near_copy) - model.linear_margin(near_copy) < 0, "the neighbours now lean ham"
    assert model.margin(near_copy) < before
    model.save(tmp_path / "model.joblib")
    again = TextModel.load(tmp_path / "model.joblib")
    assert again.margin(near_copy) == pytest.approx(model.margin(near_copy))


def test_a_small_corpus_never_fits_the_neighbours_below_the_fallback_weight():
    """On these 100 messages of the bundled sample the fit alone gives the neighbours a
    weight of 0.0: a memory of 100 says little of the memory of thousands it becomes."""
    spam_dir, ham_dir = bundled_sample()
    items = [(p, True) for p in sorted(spam_dir.iterdir())] + [(p, False) for p in sorted(ham_dir.iterdir())]
    order = list(range(len(items)))
    random.Random(5).shuffle(order)
    chosen = [items[i] for i in order[:100]]
    rows, labels = [stored_features(parse_message(p.read_bytes())).array() for p, _ in chosen], [s for _, s in chosen]
    model = new_text_model(FastPathSettings())
    model.fit(rows, labels)
    assert model.calibration is not None, "calibrated, not merely rescaled"
    assert model.neighbour_weight == pytest.approx(FALLBACK_NEIGHBOUR_WEIGHT)

    # What the fit alone says, on the same held-out values the calibration saw: less.
    y = np.array(labels)
    folds = min(model.calibration_folds, min(int(y.sum()), int((~y).sum())) // 2)
    margins, evidence, _ = model._held_out(_matrix(rows, model.header_weight), y, FastPathSettings().epochs, folds)
    assert _platt_fit(margins, evidence, y)[1] / model.scale < 0.5 * FALLBACK_NEIGHBOUR_WEIGHT


def test_a_model_saved_before_neighbours_existed_scores_as_it_did(tmp_path):
    spam, ham = _sample(60, 80)
    model = new_text_model(FastPathSettings(neighbours=False))
    model.fit(spam + ham, [True] * len(spam) + [False] * len(ham))
    model.save(tmp_path / "old.joblib")
    state = joblib.load(tmp_path / "old.joblib")
    for key in ("neighbours", "neighbour_weight", "use_neighbours", "rare_limit"):
        del state[key]
    joblib.dump(state, tmp_path / "old.joblib")
    old = TextModel.load(tmp_path / "old.joblib")
    assert old.neighbours is None
    assert [old.margin(r) for r in ham[:5]] == pytest.approx([model.margin(r) for r in ham[:5]])
    old.learn(ham[0], True)  # a correction still works, and does not start a memory the model was not built with
    assert old.neighbours is None


def test_a_verdict_names_the_labelled_mail_a_message_resembles(tmp_path):
    spam_dir, ham_dir = bundled_sample()
    spam = [parse_message(p.read_bytes()) for p in sorted(spam_dir.iterdir())[:120]]
    ham = [parse_message(p.read_bytes()) for p in sorted(ham_dir.iterdir())[:160]]
    fast = FastPath(tmp_path / "fast", None)
    fast.train(spam[1:] + ham, ["spam"] * (len(spam) - 1) + ["ham"] * len(ham))
    raw = sorted(spam_dir.iterdir())[0].read_bytes()
    copy = b"\n".join(b"Message-ID: <yet-another-9@mass.example>" if line.lower().startswith(b"message-id:")
                      else line for line in raw.split(b"\n"))
    assert "labelled as wanted" not in fast.assess(parse_message(copy)).summary()
    fast.learn(spam[0], "ham", persist=False)
    assessment = fast.assess(parse_message(copy))
    assert assessment.nearest_ham > 0.5
    assert "much like mail labelled as wanted" in assessment.summary()


def test_lookups_while_corrections_are_added_never_see_half_a_merge():
    rng = random.Random(5)
    rows = [_row(*rng.sample(range(500), 5), *(BODY + b for b in rng.sample(range(800), 10))) for _ in range(1200)]
    memory = NeighbourMemory(rare_limit=20)
    memory.build(rows[:50], [i % 2 == 0 for i in range(50)])
    failures = []

    def look():
        try:
            for row in rows:
                spam, ham = memory.nearest(row)
                assert 0.0 <= spam <= 1.0 + 1e-6 and 0.0 <= ham <= 1.0 + 1e-6  # float32 values
        except Exception as err:  # noqa: BLE001 - any failure in the thread is the finding
            failures.append(err)

    readers = [threading.Thread(target=look) for _ in range(3)]
    for reader in readers:
        reader.start()
    for i, row in enumerate(rows[50:]):  # four merges happen while they read
        memory.add(row, i % 3 == 0)
    for reader in readers:
        reader.join()
    assert not failures, failures[:3]
    assert len(memory) == 1200
