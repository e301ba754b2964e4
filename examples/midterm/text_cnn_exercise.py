# Solution: shapes, parameters and cost of a small convolutional sentence classifier.
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)

batch, n_words, emb_dim, n_filters, width = 8, 10, 50, 100, 4
x = torch.randn(batch, emb_dim, n_words)  # embedded sentences, channels first

conv = nn.Conv1d(emb_dim, n_filters, kernel_size=width)  # stride 1, no padding
classifier = nn.Linear(n_filters, 2)
with torch.no_grad():
    h = conv(x)
    pooled = h.amax(dim=2)  # max over time: the strongest response of each filter
    logits = classifier(pooled)

print("(a) conv output:", tuple(h.shape), f"  length {n_words} - {width} + 1 = {n_words - width + 1}")
print("(b) conv parameters:", sum(p.numel() for p in conv.parameters()),
      f"  = {n_filters} x {emb_dim} x {width} + {n_filters}")
print("(c) after max over time:", tuple(pooled.shape), "-> logits:", tuple(logits.shape))

# %%
# (d) padding that keeps 10 positions: 10 + 2p - k + 1 = 10, so p = (k - 1) / 2.
same3 = nn.Conv1d(emb_dim, n_filters, kernel_size=3, padding=1)(x).shape[2]
print("(d) width 3, padding 1 ->", same3, "positions")
# Width 4 needs 2p = 3: impossible with equal padding, so pad 1 zero on the left and 2 on the right.
uneven = conv(F.pad(x, (1, 2))).shape[2]
print("    width 4, padding 1 left + 2 right ->", uneven, "positions")

# (e) multiplications of the conv layer for one sentence: positions x filters x (emb_dim x width).
mults = h.shape[2] * n_filters * emb_dim * width
print(f"(e) multiplications per sentence: {h.shape[2]} x {n_filters} x {emb_dim} x {width} = {mults:,}")
