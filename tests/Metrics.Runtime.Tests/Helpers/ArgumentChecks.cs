using System;
using Xunit;

namespace Metrics.Runtime.Tests.Helpers;

/// <summary>The shape every bad-input test checks (SPEC §7): the exception type, the argument it names, and the values it quotes.</summary>
internal static class ArgumentChecks
{
    public static TException Rejects<TException>(Action action, string paramName, params string[] fragments)
        where TException : ArgumentException
    {
        var exception = Assert.Throws<TException>(action);
        Assert.Equal(paramName, exception.ParamName);
        foreach (var fragment in fragments)
        {
            Assert.Contains(fragment, exception.Message, StringComparison.Ordinal);
        }

        return exception;
    }
}
