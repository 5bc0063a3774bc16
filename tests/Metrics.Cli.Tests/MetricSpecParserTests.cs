namespace Metrics.Cli.Tests;

public sealed class MetricSpecParserTests
{
    [Fact]
    public void Names_arguments_arrays_and_quoted_strings_are_parsed_invariantly_and_commas_inside_do_not_split()
    {
        var specs = MetricSpecParser.Parse(" roc_auc , f1_score(threshold=0.5, zero_division = 'zero'),auc(thresholds=[0.1, 0.5,1e-3], from_logits=true), confusion_matrix(num_classes=3, normalize=\"true\"), mse() ");
        Assert.Equal(["roc_auc", "f1_score", "auc", "confusion_matrix", "mse"], specs.Select(s => s.Identifier));
        Assert.Equal("f1_score(threshold=0.5, zero_division = 'zero')", specs[1].Text);
        Assert.Equal(0.5, specs[1].Arguments["threshold"]);
        Assert.Equal("zero", specs[1].Arguments["zero_division"]);
        Assert.Equal(new object?[] { 0.1, 0.5, 1e-3 }, (object?[])specs[2].Arguments["thresholds"]!);
        Assert.Equal(true, specs[2].Arguments["from_logits"]);
        Assert.Equal(3L, specs[3].Arguments["num_classes"]);
        Assert.Equal("true", specs[3].Arguments["normalize"]);
        Assert.Empty(specs[4].Arguments);
    }

    [Theory]
    [InlineData("f1_score(threshold=0,5)", "expected '=' after the argument '5'")]
    [InlineData("f1_score(threshold=0.5", "expected ',' or ')'")]
    [InlineData("f1_score(threshold)", "expected '='")]
    [InlineData("f1_score(threshold=1, threshold=2)", "given twice")]
    [InlineData("auc(thresholds=[0.1, 0.2)", "expected ',' or ']'")]
    [InlineData("f1_score(zero_division='zero)", "not closed")]
    [InlineData("", "expected a metric name")]
    [InlineData("roc_auc mse", "unexpected 'm'")]
    public void Malformed_lists_are_refused_naming_the_place(string text, string problem)
    {
        var e = Assert.Throws<CliException>(() => MetricSpecParser.Parse(text));
        Assert.Equal(ExitCodes.Usage, e.ExitCode);
        Assert.Contains(problem, e.Message, StringComparison.Ordinal);
        Assert.Contains("character", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Bare_words_stay_strings_for_the_registry_to_convert()
    {
        var spec = MetricSpecParser.Parse("x(a=NaN, b=macro, c=-2, d=+1.5e2, e=null)")[0];
        Assert.Equal("NaN", spec.Arguments["a"]);
        Assert.Equal("macro", spec.Arguments["b"]);
        Assert.Equal(-2L, spec.Arguments["c"]);
        Assert.Equal(150.0, spec.Arguments["d"]);
        Assert.Null(spec.Arguments["e"]);
    }
}
