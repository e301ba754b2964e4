# Dropout: random zeros and rescaling in training mode, the identity in evaluation mode.
import torch
from torch import nn

torch.manual_seed(0)

drop = nn.Dropout(p=0.5)
x = torch.ones(1_000_000)

drop.train()
out = drop(x)
print("train mode: values taken", out.unique().tolist())  # 0, or 1 / (1 - p) = 2
print(f"train mode: fraction set to zero {(out == 0).float().mean():.2f}, mean {out.mean():.2f}")
print("train mode: a new random mask at every call:", not torch.equal(out, drop(x)))

drop.eval()
print("eval mode: output equals input:", torch.equal(drop(x), x))  # nothing dropped, nothing rescaled

# %%
# In a model: training-mode outputs vary from call to call, evaluation-mode outputs do not.
model = nn.Sequential(nn.Linear(4, 256), nn.ReLU(), nn.Dropout(0.5), nn.Linear(256, 1))  # wide: two masks never agree
inp = torch.randn(1, 4)
model.train()
print("model.train(): two calls give the same output?", torch.equal(model(inp), model(inp)))
model.eval()
print("model.eval():  two calls give the same output?", torch.equal(model(inp), model(inp)))
