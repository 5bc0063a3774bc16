using System;
using System.Buffers.Binary;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using ScottPlot;
using SkiaSharp;
using Xunit;

namespace Metrics.Plotting.Tests;

/// <summary>A plot saved as PNG and SVG in a temporary folder, with the checks every rendered file must pass.</summary>
internal sealed class RenderedPlot : IDisposable
{
    public const int Width = 640;
    public const int Height = 480;

    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    private readonly string _folder;

    public RenderedPlot(Plot plot, string name)
    {
        _folder = Path.Combine(Path.GetTempPath(), "metrics-plotting-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_folder);
        PngPath = Path.Combine(_folder, name + ".png");
        SvgPath = Path.Combine(_folder, name + ".svg");
        plot.SavePng(PngPath, Width, Height);
        plot.SaveSvg(SvgPath, Width, Height);
        CheckPng();
        Svg = XDocument.Load(SvgPath);
    }

    public string PngPath { get; }

    public string SvgPath { get; }

    public XDocument Svg { get; }

    /// <summary>The strings of the SVG's text elements.</summary>
    public string[] Texts => Svg.Descendants().Where(e => e.Name.LocalName == "text").Select(e => e.Value.Trim()).ToArray();

    /// <summary>The geometry of every SVG path, in document order.</summary>
    public string[] PathData => Svg.Descendants().Where(e => e.Name.LocalName == "path").Select(e => (string?)e.Attribute("d") ?? "").ToArray();

    /// <summary>The number of SVG elements of a kind (path, rect, text…).</summary>
    public int Count(string localName) => Svg.Descendants().Count(e => e.Name.LocalName == localName);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private void CheckPng()
    {
        var bytes = File.ReadAllBytes(PngPath);
        Assert.True(bytes.AsSpan(0, 8).SequenceEqual(PngSignature), "The PNG signature is missing.");
        Assert.Equal("IHDR", System.Text.Encoding.ASCII.GetString(bytes, 12, 4));
        Assert.Equal(Width, BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(16)));
        Assert.Equal(Height, BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(20)));
        using var bitmap = SKBitmap.Decode(bytes);
        Assert.Equal(Width, bitmap.Width);
        Assert.Equal(Height, bitmap.Height);
        Assert.True(LuminanceVariance(bitmap) > 100, "The PNG is (nearly) blank.");
    }

    private static double LuminanceVariance(SKBitmap bitmap)
    {
        double sum = 0, sumOfSquares = 0;
        var pixels = bitmap.Pixels;
        foreach (var pixel in pixels)
        {
            var luminance = (0.299 * pixel.Red) + (0.587 * pixel.Green) + (0.114 * pixel.Blue);
            sum += luminance;
            sumOfSquares += luminance * luminance;
        }

        var mean = sum / pixels.Length;
        return (sumOfSquares / pixels.Length) - (mean * mean);
    }
}
