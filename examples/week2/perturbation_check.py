# Perturbations and the chain rule: nudging a weight by delta changes the loss by about (dL/dw) delta.
import torch

torch.manual_seed(0)

# The network of backprop_by_hand.py, linear -> tanh -> linear, in double precision
# so that rounding does not blur small differences.
x = torch.randn(3, dtype=torch.float64)
y = torch.randn(2, dtype=torch.float64)
params = {
    "W1": torch.randn(4, 3, dtype=torch.float64, requires_grad=True),
    "b1": torch.randn(4, dtype=torch.float64, requires_grad=True),
    "W2": torch.randn(2, 4, dtype=torch.float64, requires_grad=True),
    "b2": torch.randn(2, dtype=torch.float64, requires_grad=True),
}


def forward(p):
    s = p["W1"] @ x + p["b1"]
    h = torch.tanh(s)
    y_bar = p["W2"] @ h + p["b2"]
    return s, h, 0.5 * ((y_bar - y) ** 2).sum()


s, h, L = forward(params)
L.backward()  # autograd: every dL/dw in one backward pass
print(f"loss L = {L.item():.4f}")

# %%
# One weight, w = W1[1, 0], moved by delta. It reaches the loss along one path only,
# w -> s_1 -> h_1 -> L, and each link multiplies the perturbation by about its local derivative.
delta = 1e-3
with torch.no_grad():
    nudged = {k: v.clone() for k, v in params.items()}
    nudged["W1"][1, 0] += delta
    s2, h2, L2 = forward(nudged)
    ds, dh, dL = s2[1] - s[1], h2[1] - h[1], L2 - L
    dL_dh = (params["W2"].T @ (params["W2"] @ h + params["b2"] - y))[1]  # dL/dh_1 = (W2^T (y_bar - y))_1
local = [("ds_1/dw", ds / delta, x[0]), ("dh_1/ds_1", dh / ds, 1 - h[1] ** 2), ("dL/dh_1", dL / dh, dL_dh)]
print(f"delta = {delta:g}:  ratio of the measured changes  vs  local derivative")
for name, measured, exact in local:
    print(f"  {name:>10}:  {measured.item():+.6f}  vs  {exact.item():+.6f}")
# The measured ratios multiply to dL/delta exactly; the local derivatives multiply to dL/dw.
product = x[0] * (1 - h[1] ** 2) * dL_dh
print(f"  {'dL/dw':>10}:  {(dL / delta).item():+.6f}  vs  {product.item():+.6f} (product of the three),"
      f"  autograd {params['W1'].grad[1, 0].item():+.6f}")

# %%
# Every weight, by forward differences (L(w + delta) - L(w)) / delta and by central
# differences (L(w + delta) - L(w - delta)) / (2 delta), against autograd.
count = sum(v.numel() for v in params.values())
print(f"largest |finite difference - autograd| over all {count} weights "
      f"({count} or {2 * count} extra forward passes)")
print(f"{'delta':>7} {'forward':>9} {'central':>9}")
for delta in (1e-1, 1e-2, 1e-3, 1e-4):
    worst = {"forward": 0.0, "central": 0.0}
    with torch.no_grad():
        for name, value in params.items():
            for i in range(value.numel()):
                up = {k: v.clone() for k, v in params.items()}
                down = {k: v.clone() for k, v in params.items()}
                up[name].view(-1)[i] += delta
                down[name].view(-1)[i] -= delta
                L_up, L_down = forward(up)[2], forward(down)[2]
                g = value.grad.view(-1)[i]
                worst["forward"] = max(worst["forward"], abs((L_up - L) / delta - g).item())
                worst["central"] = max(worst["central"], abs((L_up - L_down) / (2 * delta) - g).item())
    print(f"{delta:7.0e} {worst['forward']:9.1e} {worst['central']:9.1e}")
