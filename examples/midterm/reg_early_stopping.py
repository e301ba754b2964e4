# Early stopping: follow the validation loss during training, keep the best epoch, stop after `patience` bad epochs,
# then restore the weights of the best epoch.
import torch

torch.manual_seed(0)
f64 = torch.float64  # double precision, so that which epoch is best does not depend on rounding

# Linear regression with more weights (40) than training examples (30) and noisy targets:
# gradient descent first learns the signal, then starts fitting the noise.
d = 40
true_w = torch.zeros(d, dtype=f64)
true_w[:5] = 1.0
x_train, x_val = torch.randn(30, d, dtype=f64), torch.randn(200, d, dtype=f64)
y_train = x_train @ true_w + 0.5 * torch.randn(30, dtype=f64)
y_val = x_val @ true_w + 0.5 * torch.randn(200, dtype=f64)

w = torch.zeros(d, dtype=f64, requires_grad=True)
optimiser = torch.optim.SGD([w], lr=0.05)


def train_one_epoch():
    optimiser.zero_grad()
    loss = ((x_train @ w - y_train) ** 2).mean()
    loss.backward()
    optimiser.step()
    return loss.item()


def validation_loss():
    with torch.no_grad():
        return ((x_val @ w - y_val) ** 2).mean().item()


best_val, best_epoch, patience, bad_epochs = float("inf"), 0, 20, 0
history = {}
for epoch in range(1, 1001):
    train_loss = train_one_epoch()
    val_loss = validation_loss()
    history[epoch] = (train_loss, val_loss)
    if val_loss < best_val:
        best_val, best_epoch, bad_epochs = val_loss, epoch, 0
        best_w = w.detach().clone()  # save the best weights so far
    else:
        bad_epochs += 1
        if bad_epochs == patience:
            break

stop = epoch
print(f"stopped at epoch {stop}: {patience} epochs without a better validation loss")
for e in [1, 10, best_epoch, stop]:
    print(f"epoch {e:4d}   train loss {history[e][0]:.4f}   validation loss {history[e][1]:.4f}")

# %%
# The weights now in w are those of the last epoch: put the best ones back.
last_w = w.detach().clone()  # (kept only for the comparison below)
with torch.no_grad():
    w.copy_(best_w)
restored = validation_loss()
print(f"restored the weights of epoch {best_epoch}: validation loss {restored:.4f},",
      "equal to the best:", restored == best_val)

# %%
# What if we had not stopped? Go back to the last weights and train on to epoch 1000.
with torch.no_grad():
    w.copy_(last_w)
for epoch in range(stop + 1, 1001):
    train_loss = train_one_epoch()
print(f"epoch 1000   train loss {train_loss:.4f}   validation loss {validation_loss():.4f}")
