using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using Sakip.Measurement.Lke;
using Xunit;

namespace Sakip.Measurement.Tests.Serialization;

/// <summary>docs/lke-format.schema.json against the bundled worksheet, what LkeJson writes, and the reader's vocabulary.</summary>
public class LkeSchemaTests
{
    private static readonly Lazy<JsonSchema> Schema = new(() =>
        JsonSchema.FromText(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Schema", "lke-format.schema.json"))));

    private static readonly string Sample = Path.Combine(AppContext.BaseDirectory, "Samples", "lke", "patrang-2023-contoh.json");

    private static bool Valid(string json)
    {
        using var document = JsonDocument.Parse(json);
        return Schema.Value.Evaluate(document.RootElement).IsValid;
    }

    [Fact]
    public void TheBundledWorksheet_IsValid() => Assert.True(Valid(File.ReadAllText(Sample)));

    [Fact]
    public void WhatTheLibraryWrites_IsValid_ForTheBundledAndACustomDefinition()
    {
        var evaluation = LkeJson.Read(File.ReadAllBytes(Sample));
        Assert.True(Valid(LkeJson.Format(evaluation)));
        var custom = new LkeDefinition("uji", LkeDefinition.PermenPanRb88Tahun2021.Komponen, new LkeAnswerScale("A-C", [new("A", 1m), new("B", 0.5m), new("C", 0m)]),
            LkeUnansweredPolicy.Excluded, PredikatScale.PermenPanRb88Tahun2021);
        string written = LkeJson.Format(new LkeEvaluation("Kecamatan Uji", new FiscalYear(2025), new LkeWorksheet(custom, [])));
        Assert.True(Valid(written));
        Assert.Equal(custom, LkeJson.Parse(written).Worksheet.Definition);
    }

    [Fact]
    public void AnUnknownPropertyOrBothDefinitions_AreInvalid_AsTheReaderSays()
    {
        var root = JsonNode.Parse(File.ReadAllText(Sample))!.AsObject();
        root.Add("Unit", "x");
        Assert.False(Valid(root.ToJsonString()));
        Assert.Throws<LkipFormatException>(() => LkeJson.Parse(root.ToJsonString()));
        root.Remove("Unit");
        root.Add("customDefinition", JsonNode.Parse("{ \"regime\": \"x\", \"answerScale\": \"AToE\", \"komponen\": [] }"));
        Assert.False(Valid(root.ToJsonString()));
        Assert.Throws<SakipDataException>(() => LkeJson.Parse(root.ToJsonString()));
    }

    [Fact]
    public void TheSchemasVocabularies_AreTheReaders()
    {
        var schema = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Schema", "lke-format.schema.json")))!;
        var definition = schema["$defs"]!["definition"]!["properties"]!;
        string[] Names(JsonNode node) => node["enum"]!.AsArray().Select(n => n!.GetValue<string>()).ToArray();
        Assert.Equal(["AToE", "YaTidak", "AToD", "AToEFifths"], Names(definition["answerScale"]!));
        Assert.Equal(["countsZero", "excluded"], Names(definition["unanswered"]!));
        var criterion = definition["komponen"]!["items"]!["properties"]!["subKomponen"]!["items"]!["properties"]!;
        Assert.Equal(["rataRata", "akumulasi"], Names(criterion["aggregation"]!));
        Assert.Equal(Enum.GetValues<LkeReportQuestion>().Length - 1, Names(criterion["criteria"]!["items"]!["properties"]!["report"]!).Length);
        // Each scale name the schema lists is one the reader takes.
        foreach (string name in Names(definition["answerScale"]!))
        {
            string json = $$"""
                { "unit": "u", "year": 2025, "answers": {}, "customDefinition": { "regime": "x", "answerScale": "{{name}}", "komponen": [
                  { "code": "1", "name": "k", "weight": 100, "subKomponen": [ { "code": "a", "name": "s", "weight": 100, "criteria": [ { "code": "1", "text": "t" } ] } ] } ] } }
                """;
            Assert.True(Valid(json), name);
            var expected = name switch
            {
                "AToE" => LkeAnswerScale.AToE,
                "YaTidak" => LkeAnswerScale.YaTidak,
                "AToD" => LkeAnswerScale.AToD,
                _ => LkeAnswerScale.AToEFifths,
            };
            Assert.Equal(expected, LkeJson.Parse(json).Worksheet.Definition.AnswerScale);
        }
    }
}
