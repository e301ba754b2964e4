# Multi-task learning: one shared trunk, two heads (a regression and a classification), summed losses.
import torch
import torch.nn.functional as F
from torch import nn

torch.manual_seed(0)

# Both tasks depend on the same hidden feature s = x1 + x2, which the trunk can learn once.
x = torch.randn(256, 8)
s = x[:, 0] + x[:, 1]
y_reg = torch.sin(s)  # task A: predict a number
y_cls = (s > 0).long()  # task B: predict a class


class TwoHeads(nn.Module):
    def __init__(self):
        super().__init__()
        self.trunk = nn.Sequential(nn.Linear(8, 32), nn.ReLU())  # shared by both tasks
        self.head_reg = nn.Linear(32, 1)
        self.head_cls = nn.Linear(32, 2)

    def forward(self, x):
        h = self.trunk(x)
        return self.head_reg(h).squeeze(1), self.head_cls(h)


model = TwoHeads()
count = lambda m: sum(p.numel() for p in m.parameters())
print(f"parameters: trunk {count(model.trunk)} (shared), heads {count(model.head_reg)} and {count(model.head_cls)}")


def trunk_gradient(loss):
    """The gradient of one task's loss with respect to all the trunk's parameters, as one vector."""
    grads = torch.autograd.grad(loss, list(model.trunk.parameters()), retain_graph=True)
    return torch.cat([g.flatten() for g in grads])


optimiser = torch.optim.Adam(model.parameters(), lr=0.01)
for step in range(201):
    out_reg, out_cls = model(x)
    loss_a = F.mse_loss(out_reg, y_reg)
    loss_b = F.cross_entropy(out_cls, y_cls)
    if step % 50 == 0:
        # Do the two tasks pull the shared weights the same way? cosine +1: yes, 0: unrelated, -1: opposite.
        g_a, g_b = trunk_gradient(loss_a), trunk_gradient(loss_b)
        agreement = F.cosine_similarity(g_a, g_b, dim=0)
        print(f"step {step:3d}   task A (MSE) {loss_a.item():.3f}   task B (cross-entropy) {loss_b.item():.3f}"
              f"   cosine of their trunk gradients {agreement:+.2f}")
    loss = loss_a + loss_b  # one backward pass trains the trunk for both tasks
    optimiser.zero_grad()
    loss.backward()
    optimiser.step()
