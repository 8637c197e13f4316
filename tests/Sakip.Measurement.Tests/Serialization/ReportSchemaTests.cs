using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using Json.Schema;
using Xunit;

namespace Sakip.Measurement.Tests.Serialization;

/// <summary>
/// docs/report-format.schema.json against the bundled report files, and against the reader's own
/// description of the format (the source-generated metadata of <see cref="LkipDocument"/> and the
/// vocabularies of <see cref="FormatVocabulary"/>), so that the schema cannot drift from the code.
/// </summary>
public class ReportSchemaTests
{
    private static readonly string SchemaPath = Path.Combine(AppContext.BaseDirectory, "Schema", "report-format.schema.json");
    private static readonly string SamplesDirectory = Path.Combine(AppContext.BaseDirectory, "Samples");

    private static readonly Lazy<JsonSchema> Schema = new(() => JsonSchema.FromText(File.ReadAllText(SchemaPath)));
    private static readonly Lazy<JsonObject> SchemaNode = new(() => JsonNode.Parse(File.ReadAllText(SchemaPath))!.AsObject());

    public static TheoryData<string> BundledReportFiles()
    {
        var files = new TheoryData<string>();
        foreach (string file in Directory.GetFiles(SamplesDirectory, "*.json").Order(StringComparer.Ordinal))
        {
            files.Add(Path.GetFileName(file));
        }
        return files;
    }

    [Theory]
    [MemberData(nameof(BundledReportFiles))]
    public void EveryBundledReportFile_IsValidAgainstTheSchema(string file)
    {
        var (valid, errors) = Evaluate(File.ReadAllText(Path.Combine(SamplesDirectory, file)));

        Assert.True(valid, $"{file} does not match the schema:\n{string.Join("\n", errors)}");
    }

    [Theory]
    [MemberData(nameof(BundledReportFiles))]
    public void WhatTheLibraryWrites_IsValidAgainstTheSchema(string file)
    {
        using var stream = File.OpenRead(Path.Combine(SamplesDirectory, file));
        string written = LkipJson.Format(LkipJson.Read(stream));

        var (valid, errors) = Evaluate(written);

        Assert.True(valid, $"the library's rewrite of {file} does not match the schema:\n{string.Join("\n", errors)}");
    }

    [Fact]
    public void TheSchema_RejectsAnUnknownProperty()
    {
        // The misspelling docs/report-format.md shows: property names are case-sensitive.
        var root = Sample("mayang-2023.json");
        root["policy"]!.AsObject().Add("Capping", "None");
        string json = root.ToJsonString();

        var (valid, errors) = Evaluate(json);

        Assert.False(valid);
        Assert.Contains(errors, e => e.StartsWith("/policy/Capping ", StringComparison.Ordinal));
        Assert.Throws<LkipFormatException>(() => LkipJson.Parse(json)); // the reader agrees
    }

    [Fact]
    public void TheSchema_RejectsAMissingRequiredProperty()
    {
        var root = Sample("mayang-2023.json");
        var indikator = root["renstra"]![0]!["tujuan"]![0]!["sasaran"]![0]!["indikator"]![0]!.AsObject();
        Assert.True(indikator.Remove("satuan"));
        string json = root.ToJsonString();

        var (valid, errors) = Evaluate(json);

        Assert.False(valid);
        Assert.Contains(errors, e => e.StartsWith("/renstra/0/tujuan/0/sasaran/0/indikator/0 ", StringComparison.Ordinal) && e.Contains("satuan", StringComparison.Ordinal));
        Assert.Throws<LkipFormatException>(() => LkipJson.Parse(json)); // the reader agrees
    }

    [Fact]
    public void TheSchema_RejectsAVersion2SectionInAVersion1File()
    {
        var root = Sample("mayang-2023.json");
        Assert.True(root.Remove("formatVersion"));
        string json = root.ToJsonString();

        var (valid, errors) = Evaluate(json);

        Assert.False(valid);
        Assert.Contains(errors, e => e.StartsWith("/budget ", StringComparison.Ordinal));
        Assert.Throws<SakipDataException>(() => LkipJson.Parse(json)); // the reader agrees
    }

    /// <summary>
    /// Walks the reader's metadata from the root: every object of the file has, in the schema,
    /// exactly the DTO's properties (camelCase JSON names), the DTO's <c>required</c> ones as
    /// "required", <c>"additionalProperties": false</c>, and the JSON type and a description of each property.
    /// </summary>
    [Fact]
    public void TheSchema_ListsExactlyThePropertiesOfTheReadersObjects()
    {
        var problems = new List<string>();
        new SchemaWalk(SchemaNode.Value, problems).Object(LkipJsonContext.Default.LkipDocument, SchemaNode.Value, "$");

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void TheSchema_ListsExactlyTheNamesOfEachVocabulary()
    {
        // Where the schema lists each vocabulary of FormatVocabulary, by field name.
        var places = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [nameof(FormatVocabulary.Capping)] = "/$defs/policy/properties/capping",
            [nameof(FormatVocabulary.NegativeFormulas)] = "/$defs/policy/properties/negativeFormula",
            [nameof(FormatVocabulary.ZeroTarget)] = "/$defs/policy/properties/zeroTarget",
            [nameof(FormatVocabulary.OrdinalMethod)] = "/$defs/policy/properties/ordinalMethod",
            [nameof(FormatVocabulary.GradeOn)] = "/$defs/policy/properties/gradeOn",
            [nameof(FormatVocabulary.UnitMean)] = "/$defs/policy/properties/unitMean",
            [nameof(FormatVocabulary.Pagu)] = "/$defs/policy/properties/pagu",
            [nameof(FormatVocabulary.Efficiency)] = "/$defs/policy/properties/efficiency",
            [nameof(FormatVocabulary.Scale)] = "/properties/scale",
            [nameof(FormatVocabulary.Polarities)] = "/$defs/indikator/properties/polarity",
            [nameof(FormatVocabulary.TargetKinds)] = "/$defs/indikator/properties/targetKind",
            [nameof(FormatVocabulary.Quarterly)] = "/$defs/indikator/properties/quarterlyAggregation",
            [nameof(FormatVocabulary.Levels)] = "/$defs/budgetLine/properties/level",
            [nameof(FormatVocabulary.IkmDefinitions)] = "/$defs/ikm/properties/definition",
            [nameof(FormatVocabulary.IkmWeightings)] = "/$defs/ikm/properties/weighting",
            [nameof(FormatVocabulary.Operations)] = "/$defs/aggregate/properties/operation",
            [nameof(FormatVocabulary.Figures)] = "/$defs/printed/properties/figure",
        };
        var vocabularies = typeof(FormatVocabulary).GetFields(BindingFlags.Static | BindingFlags.NonPublic | BindingFlags.Public);
        Assert.Equal(places.Keys.Order(StringComparer.Ordinal), vocabularies.Select(f => f.Name).Order(StringComparer.Ordinal));

        foreach (var field in vocabularies)
        {
            string[] inCode = NamesOf(field.GetValue(null)!);
            var node = places[field.Name].Split('/').Skip(1).Aggregate((JsonNode)SchemaNode.Value, (n, key) => n[key]!);
            string[] inSchema = node["enum"]!.AsArray().Select(v => v!.GetValue<string>()).ToArray();
            Assert.True(inCode.SequenceEqual(inSchema, StringComparer.Ordinal),
                $"{field.Name}: the reader knows [{string.Join(", ", inCode)}], the schema at {places[field.Name]} lists [{string.Join(", ", inSchema)}]");
        }
    }

    /// <summary>The names of a <see cref="FormatNames{T}"/>, in its order and spelling.</summary>
    private static string[] NamesOf(object vocabulary) => [.. ((IFormatNames)vocabulary).Names];

    private static JsonObject Sample(string file) =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(SamplesDirectory, file)))!.AsObject();

    /// <summary>
    /// Evaluates a file against the schema; each error reads "instance-location (evaluation path): keyword: message".
    /// The hierarchical output is walked through failing nodes only, so that the failing branch of a
    /// "oneOf" that holds as a whole is not reported.
    /// </summary>
    private static (bool Valid, List<string> Errors) Evaluate(string json)
    {
        using var document = JsonDocument.Parse(json);
        var results = Schema.Value.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.Hierarchical });
        var errors = new List<string>();
        Collect(results, errors);
        return (results.IsValid, errors);
    }

    private static void Collect(EvaluationResults node, List<string> errors)
    {
        if (node.IsValid)
        {
            return;
        }
        foreach (var (keyword, message) in node.Errors ?? new Dictionary<string, string>())
        {
            errors.Add($"{node.InstanceLocation} ({node.EvaluationPath}): {keyword}: {message}");
        }
        foreach (var child in node.Details ?? [])
        {
            Collect(child, errors);
        }
    }

    /// <summary>Compares the reader's type metadata with the schema, object by object.</summary>
    private sealed class SchemaWalk(JsonObject root, List<string> problems)
    {
        private readonly HashSet<Type> visited = [];

        internal void Object(JsonTypeInfo type, JsonNode schema, string path)
        {
            var node = Resolve(schema);
            if (!visited.Add(type.Type))
            {
                return; // recursive (budget lines, indicators of several parents): compared once
            }
            if (node["properties"] is not JsonObject properties)
            {
                problems.Add($"{path}: the schema has no \"properties\" for {type.Type.Name}");
                return;
            }
            if (node["additionalProperties"]?.GetValueKind() != JsonValueKind.False)
            {
                problems.Add($"{path}: the schema does not say \"additionalProperties\": false for {type.Type.Name}");
            }

            var inCode = type.Properties.Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
            var inSchema = properties.Select(p => p.Key).ToHashSet(StringComparer.Ordinal);
            foreach (string name in inCode.Except(inSchema).Order(StringComparer.Ordinal))
            {
                problems.Add($"{path}.{name}: {type.Type.Name} has the property, the schema does not");
            }
            foreach (string name in inSchema.Except(inCode).Order(StringComparer.Ordinal))
            {
                problems.Add($"{path}.{name}: the schema has the property, {type.Type.Name} does not");
            }

            var requiredInCode = type.Properties.Where(p => p.IsRequired).Select(p => p.Name).Order(StringComparer.Ordinal);
            var requiredInSchema = (node["required"]?.AsArray() ?? []).Select(n => n!.GetValue<string>()).Order(StringComparer.Ordinal);
            if (!requiredInCode.SequenceEqual(requiredInSchema, StringComparer.Ordinal))
            {
                problems.Add($"{path}: {type.Type.Name} requires [{string.Join(", ", requiredInCode)}], the schema [{string.Join(", ", requiredInSchema)}]");
            }

            foreach (var property in type.Properties)
            {
                if (properties[property.Name] is { } propertySchema)
                {
                    if (propertySchema["description"] is null)
                    {
                        problems.Add($"{path}.{property.Name}: the schema gives no description");
                    }
                    Value(property.PropertyType, propertySchema, $"{path}.{property.Name}");
                }
            }
        }

        private void Value(Type type, JsonNode schema, string path)
        {
            var info = type.IsValueType && Nullable.GetUnderlyingType(type) is { } underlying ? Info(underlying) : Info(type);
            switch (info.Kind)
            {
                case JsonTypeInfoKind.Object:
                    Object(info, schema, path);
                    break;
                case JsonTypeInfoKind.Enumerable:
                    ExpectType(schema, "array", path);
                    if (Resolve(schema)["items"] is { } items)
                    {
                        Value(ElementType(info.Type), items, path + "[]");
                    }
                    else
                    {
                        problems.Add($"{path}: the schema gives no \"items\"");
                    }
                    break;
                default:
                    string expected = Type.GetTypeCode(info.Type) switch
                    {
                        TypeCode.String => "string",
                        TypeCode.Int32 or TypeCode.Int64 => "integer",
                        TypeCode.Decimal => "number",
                        TypeCode.Boolean => "boolean",
                        _ => $"(no JSON type known for {info.Type.Name})",
                    };
                    ExpectType(schema, expected, path);
                    break;
            }
        }

        private void ExpectType(JsonNode schema, string expected, string path)
        {
            var types = TypesOf(schema);
            // null is allowed besides the type only where the format gives null a meaning (a quarter not given).
            if (!types.Contains(expected) || types.Except([expected, "null"]).Any())
            {
                problems.Add($"{path}: the reader expects {expected}, the schema allows [{string.Join(", ", types)}]");
            }
        }

        /// <summary>The JSON types a schema allows, from "type", "enum", "$ref" and "anyOf"/"oneOf".</summary>
        private HashSet<string> TypesOf(JsonNode schema)
        {
            var types = new HashSet<string>(StringComparer.Ordinal);
            if (schema["type"] is JsonValue single)
            {
                types.Add(single.GetValue<string>());
            }
            else if (schema["type"] is JsonArray several)
            {
                types.UnionWith(several.Select(t => t!.GetValue<string>()));
            }
            else if (schema["enum"] is JsonArray values)
            {
                types.UnionWith(values.Select(v => v is null ? "null" : v.GetValueKind() switch
                {
                    JsonValueKind.String => "string",
                    JsonValueKind.Number => "integer",
                    JsonValueKind.True or JsonValueKind.False => "boolean",
                    var kind => kind.ToString(),
                }));
            }
            else if (schema["$ref"] is not null)
            {
                types.UnionWith(TypesOf(Resolve(schema)));
            }
            else
            {
                foreach (var branch in (schema["anyOf"] ?? schema["oneOf"])?.AsArray() ?? [])
                {
                    types.UnionWith(TypesOf(branch!));
                }
            }
            return types;
        }

        /// <summary>Follows a "$ref" to this schema's "$defs" when the node says nothing of its own shape.</summary>
        private JsonNode Resolve(JsonNode schema)
        {
            while (schema["$ref"] is JsonValue reference && schema["properties"] is null && schema["type"] is null)
            {
                string target = reference.GetValue<string>();
                const string Prefix = "#/$defs/";
                if (!target.StartsWith(Prefix, StringComparison.Ordinal))
                {
                    problems.Add($"a \"$ref\" this test cannot follow: {target}");
                    return schema;
                }
                schema = root["$defs"]![target[Prefix.Length..]] ?? throw new InvalidOperationException($"the schema has no {target}");
            }
            return schema;
        }

        private static JsonTypeInfo Info(Type type) => LkipJsonContext.Default.Options.GetTypeInfo(type);

        /// <summary>
        /// The T of the one IEnumerable&lt;T&gt; a JSON array type implements (what
        /// JsonTypeInfo.ElementType gives from .NET 9 on; this also runs on net8.0).
        /// </summary>
        private static Type ElementType(Type type) =>
            type.IsArray
                ? type.GetElementType()!
                : type.GetInterfaces().Append(type)
                    .Single(t => t.IsGenericType && t.GetGenericTypeDefinition() == typeof(IEnumerable<>))
                    .GetGenericArguments()[0];
    }
}
