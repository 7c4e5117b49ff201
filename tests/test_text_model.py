"""The text model's tokens and its calibrated probabilities."""

from __future__ import annotations

import base64
import random

import numpy as np
import pytest

from agent.fast_path import FastPathSettings, new_text_model, stored_features
from agent.features import features, tokens
from agent.buckets import BODY, hashed
from agent.scores import sigmoid
from pipeline.parsing import parse_message
from pipeline.training import bundled_sample


def test_words_of_any_alphabet_are_whole_words():
    assert tokens("für café-bar über_alles $100 naïve") == ["für", "café-bar", "über_alles", "$100", "naïve"]
    assert tokens("привет мир") == ["привет", "мир"]


def test_chinese_japanese_and_korean_become_character_pairs_in_order():
    assert tokens("免费发票 now") == ["免费", "费发", "发票", "now"]
    assert tokens("price 2002年4月 sale") == ["price", "2002", "年", "月", "sale"]
    assert tokens("セール") == ["セー", "ール"]


def test_chinese_spam_has_body_features():
    raw = ("From: a@b.example\r\nSubject: =?utf-8?b?" + base64.b64encode("免费发票".encode()).decode()
           + "?=\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n代开各种发票，价格优惠\r\n").encode()
    found = features(parse_message(raw))
    assert {"s:免费", "s:发票", "代开", "发票", "代开 开各"} <= set(found)


def test_links_are_described_beyond_their_domain():
    raw = (b"From: a@b.example\r\nSubject: Re: hello\r\nContent-Type: text/html\r\n\r\n"
           b'<a href="http://203.0.113.9:8080/remove.php?list=offers">x</a>'
           b'<a href="https://www.deals.shop.example.biz/click">y</a>'
           b'<a href="http://[2001:db8::1]/optout">z</a>\r\n')
    found = set(features(parse_message(raw)))
    assert {"u:ip-host", "u:port", "ut:9", "up:remove.php", "up:list", "up:offers",
            "ut:biz", "ud:4", "us:https", "up:click", "up:optout", "un:3"} <= found
    assert sum(f == "u:ip-host" for f in features(parse_message(raw))) == 2  # IPv4 and IPv6 hosts
    assert "ss:reply" in found


def test_a_shouted_subject_is_a_feature_not_only_its_words():
    loud = features(parse_message(b"From: a@b.example\r\nSubject: FREE CASH NOW!!! $$$       id 4411\r\n\r\n"
                                  b"BUY NOW AND SAVE BIG\r\n"))
    quiet = features(parse_message(b"From: a@b.example\r\nSubject: Lunch on Friday\r\n\r\nSee you there.\r\n"))
    assert {"ss:caps", "ss:excl", "ss:dollar", "tc:10", "un:0"} <= set(loud)
    assert not {"ss:caps", "ss:excl", "ss:dollar", "ss:reply"} & set(quiet)
    assert "tc:0" in quiet and "tl:3" in quiet  # "See you there.": 14 characters, log2(14 + 1) = 3.9


def test_runs_of_punctuation_are_features_in_subject_and_text():
    loud = features(parse_message(b"From: a@b.example\r\nSubject: Act now!!! $$$\r\n\r\n"
                                  b"Earn $$$$$$ fast!!!!!! Really?? ** once *\r\n"))
    assert {"sp:!!!", "sp:$$$", "P_$$$$", "P_!!!!", "P_??", "P_**"} <= set(loud)
    assert "P_*" not in loud and not any(f.startswith(("sp:", "P_")) for f in features(parse_message(
        b"From: a@b.example\r\nSubject: Lunch? Yes!\r\n\r\nA single ! or ? or $5 is no run.\r\n")))
    assert hashed(["P_!!!"])[0] >= BODY and hashed(["sp:!!!"])[0] < BODY  # text runs are body features


def _held_out_probabilities(calibration_folds: int):
    spam_dir, ham_dir = bundled_sample()
    items = [(p, True) for p in sorted(spam_dir.iterdir())] + [(p, False) for p in sorted(ham_dir.iterdir())]
    random.Random(1).shuffle(items)
    rows = [stored_features(parse_message(p.read_bytes())).array() for p, _ in items]
    labels = np.array([is_spam for _, is_spam in items])
    cut = len(items) * 2 // 3
    model = new_text_model(FastPathSettings(calibration_folds=calibration_folds))  # the product's settings
    model.fit(rows[:cut], list(labels[:cut]))
    p = np.array([sigmoid(model.scale * model.margin(r)) for r in rows[cut:]])
    return model, p, labels[cut:]


def _log_loss(p, truth):
    return float(-np.mean(np.where(truth, np.log(np.clip(p, 1e-12, 1)), np.log(np.clip(1 - p, 1e-12, 1)))))


@pytest.fixture(scope="module")
def calibrated():
    return _held_out_probabilities(5)


def test_calibrated_probabilities_mean_what_they_say_on_unseen_mail(calibrated):
    model, p, truth = calibrated
    a, b = model.calibration
    assert a > 0
    assert truth[p >= 0.9].mean() >= 0.9  # of what it is 90%+ sure is spam, 90%+ is
    assert truth[p <= 0.1].mean() <= 0.05
    assert _log_loss(p, truth) < 0.15


def test_calibration_beats_merely_rescaling_the_margins(calibrated):
    _, p, truth = calibrated
    _, rescaled_p, _ = _held_out_probabilities(0)
    assert _log_loss(p, truth) < _log_loss(rescaled_p, truth)


def test_held_out_rates_say_what_a_threshold_does_to_the_training_corpus(calibrated):
    model, _, _ = calibrated
    p, is_spam = model.held_out
    n_ham, n_spam = int((~is_spam).sum()), int(is_spam.sum())
    assert model.held_out_rates(0.0) == (n_ham, n_ham, n_spam, n_spam)
    strict, loose = model.held_out_rates(0.9), model.held_out_rates(0.5)
    assert strict[0] <= loose[0] and strict[2] <= loose[2]
    assert loose[2] > 0.8 * n_spam and loose[0] < 0.2 * n_ham  # held-out, yet mostly right


def test_a_corpus_too_small_to_hold_out_is_rescaled_not_calibrated():
    spam_dir, ham_dir = bundled_sample()
    spam = [stored_features(parse_message(p.read_bytes())).array() for p in sorted(spam_dir.iterdir())[:3]]
    ham = [stored_features(parse_message(p.read_bytes())).array() for p in sorted(ham_dir.iterdir())[:3]]
    model = new_text_model(FastPathSettings())
    model.fit(spam + ham, [True] * 3 + [False] * 3)
    assert model.calibration is None and model.held_out_rates(0.5) is None
    margins = [model.linear_margin(r) for r in spam + ham]  # the neighbours add to it; their part is apart
    assert float(np.median(np.abs(margins))) == pytest.approx(1.0, rel=0.01)
    assert all(m > 0 for m in margins[:3]) and all(m < 0 for m in margins[3:])


def test_the_seed_picks_the_shuffles_same_seed_same_model_other_seed_other_model():
    spam_dir, ham_dir = bundled_sample()
    spam = [stored_features(parse_message(p.read_bytes())).array() for p in sorted(spam_dir.iterdir())[:80]]
    ham = [stored_features(parse_message(p.read_bytes())).array() for p in sorted(ham_dir.iterdir())[:80]]
    train, unseen = spam[:40] + ham[:40], spam[40:] + ham[40:]
    truth = np.array([True] * 40 + [False] * 40)

    def trained(seed: int):
        model = new_text_model(FastPathSettings(seed=seed, calibration_folds=0, epochs=5))
        model.fit(train, list(truth), epochs=5)
        return model

    first, again, other = trained(0), trained(0), trained(1)
    assert np.array_equal(first.model.coef_, again.model.coef_)  # a benchmark is repeatable
    assert not np.allclose(first.model.coef_, other.model.coef_)  # another seed is another draw
    for model in (first, other):  # of an equally useful model: both mostly right on mail neither saw
        said_spam = np.array([model.margin(r) > 0 for r in unseen])
        assert (said_spam == truth).mean() >= 0.8
