using System;
using System.IO;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Metrics.Tests.Common;

/// <summary>
/// The source generators the SDK runs on every build besides ours, found in the targeting pack of the running
/// runtime: compiling the runtime's sources by hand needs System.Text.Json's (the configuration readers use a
/// source-generated JsonSerializerContext).
/// </summary>
public static class SdkGenerators
{
    /// <summary>System.Text.Json's source generator.</summary>
    public static ISourceGenerator[] SystemTextJson()
    {
        // .../dotnet/shared/Microsoft.NETCore.App/<version>/System.Private.CoreLib.dll → .../dotnet/packs/Microsoft.NETCore.App.Ref/<version>
        var shared = new DirectoryInfo(Path.GetDirectoryName(typeof(object).Assembly.Location)!);
        var packs = Path.Combine(shared.Parent!.Parent!.Parent!.FullName, "packs", "Microsoft.NETCore.App.Ref");
        var generator = Directory.EnumerateDirectories(packs)
            .Select(d => Path.Combine(d, "analyzers", "dotnet", "cs", "System.Text.Json.SourceGeneration.dll"))
            .Where(File.Exists)
            .OrderByDescending(p => Version.TryParse(new DirectoryInfo(p).Parent!.Parent!.Parent!.Parent!.Name.Split('-')[0], out var v) ? v : new Version())
            .FirstOrDefault()
            ?? throw new InvalidOperationException($"System.Text.Json's source generator was not found under {packs}.");
        return new AnalyzerFileReference(generator, Loader.Instance).GetGenerators(LanguageNames.CSharp).ToArray();
    }

    private sealed class Loader : IAnalyzerAssemblyLoader
    {
        public static readonly Loader Instance = new();

        public void AddDependencyLocation(string fullPath)
        {
        }

        public Assembly LoadFromPath(string fullPath) => Assembly.LoadFrom(fullPath);
    }
}
