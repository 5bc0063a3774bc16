using System.Collections.Generic;
using System.Threading.Tasks;
using Npgsql;

namespace Metrics.Orleans.Tests.PostgreSql;

/// <summary>What Orleans' ADO.NET providers wrote to the PostgreSQL tables, read back with plain SQL.</summary>
internal static class PostgreSqlRows
{
    /// <summary>The status of each silo of a cluster in <c>OrleansMembershipTable</c> (3 active, 6 dead).</summary>
    public static async Task<List<int>> SiloStatuses(string clusterId)
    {
        var statuses = new List<int>();
        await using var connection = new NpgsqlConnection(PostgreSqlDatabase.RequireConnectionString());
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT status FROM orleansmembershiptable WHERE deploymentid = @cluster ORDER BY address, port", connection);
        command.Parameters.AddWithValue("cluster", clusterId);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            statuses.Add(reader.GetInt32(0));
        }

        return statuses;
    }

    /// <summary>
    /// The stored payloads and versions of a service's grains of one type in <c>OrleansStorage</c> (a string key is
    /// stored only as its hash, so the tests' evaluation is found as its cluster's only grain of its type).
    /// </summary>
    public static async Task<List<(byte[] Payload, int Version)>> StoredStates(string serviceId, string grainType)
    {
        var rows = new List<(byte[], int)>();
        await using var connection = new NpgsqlConnection(PostgreSqlDatabase.RequireConnectionString());
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT payloadbinary, version FROM orleansstorage WHERE serviceid = @service AND graintypestring = @type",
            connection);
        command.Parameters.AddWithValue("service", serviceId);
        command.Parameters.AddWithValue("type", grainType);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows.Add(((byte[])reader[0], reader.GetInt32(1)));
        }

        return rows;
    }
}
