using System.Text.Json;
using System.Text.Json.Serialization;

namespace Metrics;

/// <summary>The JSON document of a collection's configuration, as read: <c>{"version": 2, "metrics": [...]}</c>.</summary>
internal sealed class CollectionConfigDocument
{
    /// <summary>The format version; absent in version 1 files.</summary>
    [JsonPropertyName("version")]
    public int? Version { get; set; }

    /// <summary>The members, in order.</summary>
    [JsonPropertyName("metrics")]
    [JsonRequired]
    public List<CollectionMemberDocument?>? Metrics { get; set; }
}

/// <summary>One member: <c>{"name": "acc", "class_name": "Accuracy", "config": {...}}</c>.</summary>
internal sealed class CollectionMemberDocument
{
    /// <summary>The member's name in the collection.</summary>
    [JsonPropertyName("name")]
    [JsonRequired]
    public string? Name { get; set; }

    /// <summary>The metric's registry name.</summary>
    [JsonPropertyName("class_name")]
    [JsonRequired]
    public string? ClassName { get; set; }

    /// <summary>The parameters, an object; absent for the defaults.</summary>
    [JsonPropertyName("config")]
    public JsonElement? Config { get; set; }
}

/// <summary>The source-generated (trimming- and AOT-safe) serializer of <see cref="CollectionConfigDocument"/>.</summary>
[JsonSourceGenerationOptions(UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow, AllowDuplicateProperties = false)]
[JsonSerializable(typeof(CollectionConfigDocument))]
internal sealed partial class CollectionConfigJsonContext : JsonSerializerContext;
