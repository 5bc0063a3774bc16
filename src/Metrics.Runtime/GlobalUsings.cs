// Namespaces nearly every file here uses, imported once (ImplicitUsings is off repository-wide).
global using System;
global using System.Collections.Generic;
global using System.Numerics;
global using System.Numerics.Tensors;
global using Metrics.Kernels;
global using Metrics.Numerics;
