using System;

namespace Metrics.Orleans.Tests.PostgreSql;

/// <summary>
/// A test that needs the PostgreSQL database <c>.ci/postgres.sh</c> starts: skipped, saying why, when
/// <c>METRICS_POSTGRES</c> is unset; but never skipped when <c>METRICS_REQUIRE_POSTGRES=1</c> (as in <c>.ci/run</c>),
/// where the test runs and fails on the missing database instead, so CI cannot pass without it.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class PostgreSqlFactAttribute : FactAttribute
{
    /// <summary>Sets <see cref="FactAttribute.Skip"/> when there is no database and none is required.</summary>
    public PostgreSqlFactAttribute()
    {
        if (PostgreSqlDatabase.ConnectionString is null && !PostgreSqlDatabase.Required)
        {
            Skip = $"No PostgreSQL: {PostgreSqlDatabase.ConnectionVariable} is unset. Run `source .ci/postgres.sh` in the shell first "
                + $"(or set {PostgreSqlDatabase.RequiredVariable}=1 to make this a failure).";
        }
    }
}
