// Namespaces nearly every file here uses, imported once (ImplicitUsings is off repository-wide).
global using System;
global using System.Collections.Generic;
global using System.Collections.Immutable;
global using System.Linq;
global using System.Threading;
global using Microsoft.CodeAnalysis;
global using Microsoft.CodeAnalysis.CSharp;
global using Microsoft.CodeAnalysis.CSharp.Syntax;
global using Microsoft.CodeAnalysis.Diagnostics;
global using Metrics.Generators.Model;
global using Metrics.Generators.Symbols;
