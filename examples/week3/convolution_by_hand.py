# Convolution written with loops, in 1-D and 2-D, with channels, stride and padding,
# checked against torch.nn.functional.conv1d and conv2d.
import torch
import torch.nn.functional as F

torch.manual_seed(0)


def conv1d_by_hand(x, w, b, stride=1, padding=0):
    """x: (C_in, n), w: (C_out, C_in, k), b: (C_out,) -> (C_out, n_out)."""
    c_in, n = x.shape
    c_out, _, k = w.shape
    x = torch.cat([torch.zeros(c_in, padding), x, torch.zeros(c_in, padding)], dim=1)  # zero padding
    n_out = (n + 2 * padding - k) // stride + 1
    y = torch.zeros(c_out, n_out)
    for o in range(c_out):  # one output channel per kernel
        for i in range(n_out):  # the kernel starts at i * stride
            total = b[o].clone()
            for c in range(c_in):  # add up over input channels ...
                for j in range(k):  # ... and over the taps of the kernel
                    total += w[o, c, j] * x[c, i * stride + j]
            y[o, i] = total
    return y


def conv2d_by_hand(x, w, b, stride=1, padding=0):
    """x: (C_in, H, W), w: (C_out, C_in, k, k), b: (C_out,) -> (C_out, H_out, W_out)."""
    c_in, h, wd = x.shape
    c_out, _, k, _ = w.shape
    padded = torch.zeros(c_in, h + 2 * padding, wd + 2 * padding)
    padded[:, padding : padding + h, padding : padding + wd] = x
    h_out, w_out = (h + 2 * padding - k) // stride + 1, (wd + 2 * padding - k) // stride + 1
    y = torch.zeros(c_out, h_out, w_out)
    for o in range(c_out):
        for i in range(h_out):
            for j in range(w_out):
                window = padded[:, i * stride : i * stride + k, j * stride : j * stride + k]  # (C_in, k, k)
                y[o, i, j] = (w[o] * window).sum() + b[o]  # sum over channels, rows and columns
    return y


# %%
# 1-D, one channel, small enough to follow with a pencil.
x = torch.tensor([[1.0, 2.0, 0.0, -1.0, 3.0, 1.0, 2.0, 0.0]])
w = torch.tensor([[[1.0, 0.0, -1.0]]])  # a difference: left neighbour minus right neighbour
b = torch.zeros(1)
for stride, padding in [(1, 0), (1, 1), (2, 1)]:
    mine = conv1d_by_hand(x, w, b, stride, padding)
    torch_y = F.conv1d(x.unsqueeze(0), w, b, stride=stride, padding=padding).squeeze(0)
    print(f"1-D stride {stride} padding {padding}: {mine.int().tolist()[0]}  conv1d agrees: {torch.equal(mine, torch_y)}")

# %%
# 2-D, one channel: a vertical edge (dark left, bright right) and a vertical-edge kernel.
image = torch.zeros(1, 5, 6)
image[:, :, 3:] = 1.0
edge = torch.tensor([[[[-1.0, 0.0, 1.0], [-1.0, 0.0, 1.0], [-1.0, 0.0, 1.0]]]])
mine = conv2d_by_hand(image, edge, torch.zeros(1))
print("2-D edge map (stride 1, no padding):")
for row in mine[0].int().tolist():
    print("  ", row)
print("conv2d agrees:", torch.equal(mine, F.conv2d(image.unsqueeze(0), edge).squeeze(0)))

# %%
# Several channels, stride and padding. Small integers make every sum exact in float32,
# so the two results can be compared for exact equality.
x1 = torch.randint(-3, 4, (3, 11)).float()
w1, b1 = torch.randint(-2, 3, (4, 3, 5)).float(), torch.randint(-2, 3, (4,)).float()
mine = conv1d_by_hand(x1, w1, b1, stride=2, padding=2)
theirs = F.conv1d(x1.unsqueeze(0), w1, b1, stride=2, padding=2).squeeze(0)
print(f"1-D: input {tuple(x1.shape)}, weight {tuple(w1.shape)}, stride 2, padding 2 -> "
      f"{tuple(mine.shape)}; equal: {torch.equal(mine, theirs)}")

x2 = torch.randint(-3, 4, (3, 9, 8)).float()
w2, b2 = torch.randint(-2, 3, (4, 3, 3, 3)).float(), torch.randint(-2, 3, (4,)).float()
for stride, padding in [(1, 0), (1, 1), (2, 1)]:
    mine = conv2d_by_hand(x2, w2, b2, stride, padding)
    theirs = F.conv2d(x2.unsqueeze(0), w2, b2, stride=stride, padding=padding).squeeze(0)
    print(f"2-D: input {tuple(x2.shape)}, weight {tuple(w2.shape)}, stride {stride}, padding {padding} -> "
          f"{tuple(mine.shape)}; equal: {torch.equal(mine, theirs)}")
