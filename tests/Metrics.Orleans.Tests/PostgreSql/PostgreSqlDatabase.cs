using System;

namespace Metrics.Orleans.Tests.PostgreSql;

/// <summary>The PostgreSQL database of the tests, as <c>.ci/postgres.sh</c> exports it.</summary>
internal static class PostgreSqlDatabase
{
    /// <summary>The variable holding the Npgsql connection string.</summary>
    public const string ConnectionVariable = "METRICS_POSTGRES";

    /// <summary>The variable that, set to 1, turns a missing database from a skip into a failure.</summary>
    public const string RequiredVariable = "METRICS_REQUIRE_POSTGRES";

    /// <summary>The ADO.NET invariant of Npgsql, which Orleans' providers load the driver by.</summary>
    public const string Invariant = "Npgsql";

    /// <summary>The connection string, or null when unset.</summary>
    public static string? ConnectionString =>
        Environment.GetEnvironmentVariable(ConnectionVariable) is { Length: > 0 } value ? value : null;

    /// <summary>Whether a missing database fails the tests.</summary>
    public static bool Required => Environment.GetEnvironmentVariable(RequiredVariable) == "1";

    /// <summary>The connection string, or a clear failure when it is unset.</summary>
    public static string RequireConnectionString() =>
        ConnectionString ?? throw new InvalidOperationException(
            $"{RequiredVariable}=1 but {ConnectionVariable} is unset: start the database with `source .ci/postgres.sh` in the same shell.");
}
