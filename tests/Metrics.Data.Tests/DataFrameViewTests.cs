using System.Linq;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Microsoft.Data.Analysis;

namespace Metrics.Data.Tests;

/// <summary>Double columns of a data frame reach the metrics as views of the frame's own buffers; other types are copied.</summary>
public sealed class DataFrameViewTests
{
    [Fact]
    public void Double_columns_are_viewed_and_other_types_copied()
    {
        var frame = SampleFiles.Frame(new Sample(1000));
        var labels = (DoubleDataFrameColumn)frame.Columns["y"];
        var weights = (DoubleDataFrameColumn)frame.Columns["w"];
        var viewed = 0;
        var copied = 0;
        new DataFrameDataSource(frame, new ColumnMapping("y", "k") { Weights = "w" }, chunkRows: 300).ReadChunks((in DataChunk chunk) =>
        {
            var first = (int)chunk.FirstRow;
            Assert.True(Unsafe.AreSame(
                ref MemoryMarshal.GetReference(chunk.Labels),
                ref Unsafe.AsRef(in labels.GetReadOnlyDataBuffers().First().Span[first])));
            Assert.True(Unsafe.AreSame(
                ref MemoryMarshal.GetReference(chunk.Weights),
                ref Unsafe.AsRef(in weights.GetReadOnlyDataBuffers().First().Span[first])));
            viewed++;

            // k is an int column: its values arrive converted, in the reader's own buffer.
            var classes = (Int32DataFrameColumn)frame.Columns["k"];
            Assert.Equal(classes.GetReadOnlyDataBuffers().First().Span.Slice(first, chunk.Rows).ToArray().Select(v => (double)v), chunk.Predictions.ToArray());
            copied++;
        });
        Assert.Equal((4, 4), (viewed, copied));
    }
}
