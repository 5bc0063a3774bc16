// Namespaces nearly every file here uses, imported once (ImplicitUsings is off repository-wide).
global using System;
global using System.Collections.Generic;
