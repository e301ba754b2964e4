"""What the course teaches stays right: each example that once misled a student (issue 12)
has a check here that fails if it regresses.  The checks read the recorded output, which
tests/test_code.py proves is what the code prints now, and the example's source."""

import re

from coderun import EXAMPLES, ROOT

EN = ROOT / "docs" / "en"


def out(name: str) -> str:
    return (EXAMPLES / f"{name}.out").read_text(encoding="utf-8")


def code(name: str) -> str:
    return (EXAMPLES / f"{name}.py").read_text(encoding="utf-8")


def parts(folder: str) -> str:
    """An English page split into a folder of parts (the midterm review, a long lecture), whole."""
    return "\n".join(p.read_text(encoding="utf-8") for p in sorted((EN / folder).glob("*.md")))


def midterm() -> str:
    return parts("midterm")


def numbers(line: str) -> list[float]:
    return [float(n) for n in re.findall(r"[-+]?\d+(?:\.\d+)?(?:e[-+]?\d+)?", line)]


def test_vanishing_gradient_bound_counts_the_weights():
    text = out("midterm/vanishing_gradients")
    slopes = numbers(re.search(r"slopes alone.*", text)[0].split(":")[1])[0]
    bound = numbers(re.search(r"bound with the weights.*", text)[0].split(":")[1])[0]
    measured = numbers(re.search(r"dL/dz at layer 1 / layer 10:.*", text)[0].split(":")[1])[0]
    assert measured <= bound and bound > 100 * slopes, (measured, bound, slopes)
    assert "measured shrink within the bound: True" in text
    assert "close to the bound" not in midterm()


def test_optimiser_comparison_uses_the_step_sizes_it_says():
    text = out("midterm/optimisers")
    grid = {float(v) for v in re.search(r"learning-rate grid: (.*)", text)[1].split(",")}
    rows = re.findall(r"^(SGD|SGD\+momentum 0\.9|RMSprop|Adam)\s+([\d.]+)\s", text, re.M)
    assert len(rows) == 8, rows  # four optimisers, on the aligned and on the rotated valley
    assert all(float(lr) in grid for _, lr in rows), rows
    assert "rotated by 45" in text
    page = midterm()
    claim = "adaptive methods reach the minimum fastest"
    assert all(page[i - 1] == '"' for i in [m.start() for m in re.finditer(claim, page)]), "an unqualified claim"


def excess_after(text: str, epochs: int, columns: int) -> list[float]:
    row = re.search(rf"^\s*{epochs}\s+{epochs * 200}\s.*$", text, re.M)[0]  # epochs, samples seen
    return [v for v in numbers(re.sub(r"\([^)]*\)", "", row))][-columns:]


def test_sgd_and_full_batch_tell_one_story_in_weeks_2_and_5():
    """Tuned on each side, at equal cost: SGD ahead after one epoch, full batch ahead at the end."""
    week2 = out("week2/gd_vs_sgd")
    gd_1, sgd_1 = numbers(re.search(r"^\s+1\s.*$", week2, re.M)[0])[2::2][:2]
    gd_16, sgd_16 = numbers(re.search(r"^\s+16\s.*$", week2, re.M)[0])[2::2][:2]
    assert sgd_1 < gd_1 and gd_16 < sgd_16, (gd_1, sgd_1, gd_16, sgd_16)
    assert "eta = 0.1  # learning rate, the same for both methods" not in code("week2/gd_vs_sgd")
    week5 = out("week5/sgd_vs_full_batch")
    full_1, sgd1_1, _ = excess_after(week5, 1, 3)
    full_10, sgd1_10, sgd10_10 = excess_after(week5, 10, 3)
    assert sgd1_1 < full_1 and full_10 < min(sgd1_10, sgd10_10)


def test_checks_that_were_true_by_construction_are_gone():
    assert "== full gradient: True" not in out("week5/sgd_vs_full_batch")
    assert "y1, y2 = x, x" not in code("week2/module_gradients")
    assert "task A gradient + task B gradient" not in out("midterm/reg_multitask")
    accumulation = [p.name for p in EXAMPLES.rglob("*.out") if re.search(r"backward\(\) calls|accumulat", p.read_text())]
    assert accumulation == ["spiral_training.out"], accumulation  # one demo, where zero_grad is taught


def test_sparse_autoencoder_constrains_the_decoder_and_counts_dead_units_apart():
    assert "unit_columns(decoder)  # after every step" in code("midterm/reg_sparse")
    header = out("midterm/reg_sparse").splitlines()[0]
    assert "dead units" in header and "active units per example" in header


def test_early_stopping_restores_the_best_weights():
    text = out("midterm/reg_early_stopping")
    epoch, loss = re.search(r"restored the weights of epoch (\d+): validation loss ([\d.]+), equal to the best: True", text).groups()
    assert re.search(rf"^epoch\s+{epoch}\s.*validation loss {loss}$", text, re.M), (epoch, loss)


def test_one_cycle_momentum_is_shown():
    assert "cycle_momentum=False" in code("midterm/lr_schedulers")
    assert "momentum of SGD(momentum=0) under OneCycleLR's defaults" in out("midterm/lr_schedulers")


def test_semi_supervised_methods_are_named_for_what_they_do():
    text = out("midterm/reg_semi_supervised")
    assert "self-training:" in text and "label propagation:" in text
    assert "confidence > 0.99" in code("midterm/reg_semi_supervised")


def test_no_global_default_dtype_or_thread_setting_in_teaching_code():
    for path in EXAMPLES.rglob("*.py"):
        source = path.read_text(encoding="utf-8")
        assert "set_default_dtype" not in source and "set_num_threads" not in source, path
        assert "unbiased=" not in source, path


def test_sentences_that_were_wrong_stay_fixed():
    review = midterm()
    assert "6 versus 9" not in review
    assert "share one sign" not in review or "per neuron" in review or "one neuron" in review
    assert "On a 32×32 RGB input" in review
    lecture = parts("week2/lecture-a")
    assert "costs about as much as the forward pass" not in lecture
    assert not (ROOT / "architectures.svg").exists()
