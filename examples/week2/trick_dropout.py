# Dropout in training mode (random zeros, survivors scaled by 1/(1-p)) and in eval mode (identity).
import torch
from torch import nn

torch.manual_seed(0)

p = 0.4
drop = nn.Dropout(p)
x = torch.ones(100_000)

drop.train()  # training mode (the default for a new module)
out = drop(x)  # one random draw of the mask: its exact zeros change with the seed and the machine
print(f"train mode: fraction zeroed {(out == 0).float().mean():.2f} (p = {p})")
kept = out[out != 0].unique()  # every surviving value is the same number
print(f"            surviving values: {kept.numel()} distinct value, {kept.item():.4f} = 1/(1-p)")
print(f"            mean of the output {out.mean():.2f} (mean of the input 1.0)")
print("            a second call drops different units:", not torch.equal(out, drop(x)))

drop.eval()  # evaluation mode: dropout does nothing
print("eval mode:  output equals input:", torch.equal(drop(x), x))

# %%
# model.train() / model.eval() switch every Dropout inside a model at once.
model = nn.Sequential(nn.Linear(8, 8), nn.ReLU(), nn.Dropout(0.5), nn.Linear(8, 1))
z = torch.randn(3, 8)
model.train()
print("model in train mode, two calls agree:", torch.equal(model(z), model(z)))
model.eval()
print("model in eval mode,  two calls agree:", torch.equal(model(z), model(z)))

