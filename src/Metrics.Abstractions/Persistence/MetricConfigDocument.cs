using System.Text.Json;
using System.Text.Json.Serialization;

namespace Metrics;

/// <summary>The JSON document of one configuration, as read: <c>{"class_name": ..., "config": {...}}</c>.</summary>
internal sealed class MetricConfigDocument
{
    /// <summary>The metric's registry name.</summary>
    [JsonPropertyName("class_name")]
    [JsonRequired]
    public string? ClassName { get; set; }

    /// <summary>The parameters, an object; absent for the defaults.</summary>
    [JsonPropertyName("config")]
    public JsonElement? Config { get; set; }
}

/// <summary>The source-generated (trimming- and AOT-safe) serializer of <see cref="MetricConfigDocument"/>.</summary>
[JsonSourceGenerationOptions(UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow, AllowDuplicateProperties = false)]
[JsonSerializable(typeof(MetricConfigDocument))]
internal sealed partial class MetricConfigJsonContext : JsonSerializerContext;
