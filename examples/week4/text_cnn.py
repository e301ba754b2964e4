# A convolutional network on text: token embeddings, k-gram filters as conv1d over the
# sequence, and max-over-time pooling. The weights are set by hand so that we know what
# each filter looks for; a trained network learns filters of this kind from data.
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)

sentences = [
    "a good film",
    "the film was not good",
    "the plot was not very good",
    "the acting is really great but the plot is bad and boring",
]
words = ["<pad>"] + sorted({w for s in sentences for w in s.split()})
vocab = {w: i for i, w in enumerate(words)}
print(f"vocabulary: {len(vocab)} tokens, <pad> has id {vocab['<pad>']}")

# %%
# Embeddings with 4 dimensions that we can read: positive, negative, negation, intensifier.
# Every other word (and <pad>) is the zero vector.
features = {"good": [1, 0, 0, 0], "great": [1.5, 0, 0, 0], "bad": [0, 1, 0, 0], "boring": [0, 1, 0, 0],
            "not": [0, 0, 1, 0], "very": [0, 0, 0, 1], "really": [0, 0, 0, 1]}
embed = nn.Embedding(len(vocab), 4, padding_idx=0)
conv2 = nn.Conv1d(in_channels=4, out_channels=2, kernel_size=2)  # two bigram filters
conv3 = nn.Conv1d(in_channels=4, out_channels=2, kernel_size=3)  # two trigram filters
POS, NEG, NOT, VERY = range(4)
with torch.no_grad():
    embed.weight.zero_()
    for w, v in features.items():
        embed.weight[vocab[w]] = torch.tensor(v, dtype=torch.float32)
    # A filter's weight is (in_channels, k): which embedding dimension it wants at each of the k positions.
    for conv in (conv2, conv3):
        conv.weight.zero_()
    conv2.weight[0, NOT, 0], conv2.weight[0, POS, 1], conv2.bias[0] = 1, 1, -1  # "not" then positive
    conv2.weight[1, VERY, 0], conv2.weight[1, POS, 1], conv2.bias[1] = 1, 1, -1  # intensifier then positive
    conv3.weight[0, NOT, 0], conv3.weight[0, VERY, 1], conv3.weight[0, POS, 2], conv3.bias[0] = 1, 1, 1, -2
    conv3.weight[1, NEG, 0], conv3.weight[1, NEG, 2], conv3.bias[1] = 1, 1, -1  # negative, any word, negative
filters = [("not + positive", conv2, 0), ("intensifier + positive", conv2, 1),
           ("not + intensifier + positive", conv3, 0), ("negative _ negative", conv3, 1)]
print(f"filter weights: k=2 {tuple(conv2.weight.shape)}, k=3 {tuple(conv3.weight.shape)} "
      "= (filters, embedding size, k)")

# %%
# An embedding lookup is a one-hot vector times the embedding table.
ids = torch.tensor([vocab[w] for w in sentences[0].split()])
print("embedding == one-hot @ table:", torch.equal(embed(ids), F.one_hot(ids, len(vocab)).float() @ embed.weight))


def encode(ids, verbose=False):
    e = embed(ids)  # (batch, length, 4): one vector per token
    x = e.transpose(1, 2)  # (batch, 4, length): the embedding dimensions are the channels
    h2, h3 = F.relu(conv2(x)), F.relu(conv3(x))  # feature maps: (batch, 2, length - k + 1)
    pooled = torch.cat([h2.amax(dim=2), h3.amax(dim=2)], dim=1)  # max over time: (batch, 4)
    if verbose:
        print(f"  ids {tuple(ids.shape)} -> embeddings {tuple(e.shape)} -> channels first {tuple(x.shape)} "
              f"-> k=2 {tuple(h2.shape)}, k=3 {tuple(h3.shape)} -> pooled {tuple(pooled.shape)}")
    return pooled, (h2, h3)


pooled_each, maps = [], []
with torch.no_grad():
    for s in sentences:
        print(f'"{s}" ({len(s.split())} tokens)')
        pooled, h = encode(torch.tensor([[vocab[w] for w in s.split()]]), verbose=True)
        pooled_each.append(pooled)
        maps.append(h)

print("pooled features (one column per filter):")
for s, pooled in zip(sentences, pooled_each):
    print("  " + " ".join(f"{v:4.1f}" for v in pooled[0].tolist()) + f"   {s}")

# %%
# Which k-gram made each filter respond most, over all sentences?
print(f"{'filter':>30} {'k':>2} {'strongest k-gram':>20} {'response':>8}")
for name, conv, index in filters:
    k = conv.kernel_size[0]
    h_index = 0 if conv is conv2 else 1
    best = max(
        (maps[j][h_index][0, index, pos].item(), j, pos)
        for j in range(len(sentences)) for pos in range(maps[j][h_index].shape[2])
    )
    value, j, pos = best
    kgram = " ".join(sentences[j].split()[pos : pos + k])
    print(f"{name:>30} {k:2d} {kgram:>20} {value:8.1f}")

# %%
# A batch needs one length: pad the shorter sentences with <pad> (the zero vector).
longest = max(len(s.split()) for s in sentences)
batch = torch.tensor([[vocab[w] for w in s.split()] + [0] * (longest - len(s.split())) for s in sentences])
with torch.no_grad():
    pooled_batch, _ = encode(batch, verbose=True)
print("padded batch gives the same features as one sentence at a time:",
      torch.equal(pooled_batch, torch.cat(pooled_each)))
