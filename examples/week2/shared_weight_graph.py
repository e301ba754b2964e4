# A weight used twice and a branch: the gradients from all paths add up.
import torch

torch.manual_seed(0)

x = torch.tensor(1.5)
w = torch.tensor(0.8, requires_grad=True)

# Graph:  z = w*x ;  a = tanh(z) ;  u = w*a ;  out = a + u**2
# w enters twice (in z and in u), and a feeds two branches (out directly, and u).
z = w * x
a = torch.tanh(z)
u = w * a
out = a + u**2
out.backward()
print(f"z = {z.item():.4f}, a = {a.item():.4f}, u = {u.item():.4f}, out = {out.item():.4f}")

with torch.no_grad():
    # Each path from w to out contributes the product of the local derivatives along it.
    da_dz = 1 - a**2  # tanh'(z)
    dout_du = 2 * u
    path1 = 1 * da_dz * x  # w -> z -> a -> out       : 1 * tanh'(z) * x
    path2 = dout_du * w * da_dz * x  # w -> z -> a -> u -> out  : 2u * w * tanh'(z) * x
    path3 = dout_du * a  # w -> u -> out (direct)  : 2u * a

print(f"path w->z->a->out:    {path1.item():.4f}")
print(f"path w->z->a->u->out: {path2.item():.4f}")
print(f"path w->u->out:       {path3.item():.4f}")
total = path1 + path2 + path3
print(f"sum of the paths:     {total.item():.4f}")
print(f"autograd w.grad:      {w.grad.item():.4f}")
print("equal:", torch.allclose(total, w.grad))
