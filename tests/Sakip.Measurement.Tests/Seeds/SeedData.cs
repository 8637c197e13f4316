using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using Sakip.Measurement.Text;

namespace Sakip.Measurement.Tests.Seeds;

/// <summary>Loads the golden rows transcribed from the seed reports (see Seeds/Data/SCHEMA.md).</summary>
public static class SeedData
{
    public static readonly string[] Files =
    [
        "000-mayang-2023.json",
        "001-ajung-2023.json",
        "003-patrang-2023.json",
        "004-kencong-2025.json",
    ];

    private static readonly Lazy<IReadOnlyDictionary<string, JsonDocument>> Documents = new(() =>
        Files.ToDictionary(f => f, f => JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Seeds", "Data", f)))));

    public static JsonElement Root(string file) => Documents.Value[file].RootElement;

    public static IEnumerable<(string File, JsonElement Row)> Rows(string section) =>
        Files.SelectMany(f => Root(f).GetProperty(section).EnumerateArray().Select(r => (f, r)));

    public static JsonElement CapaianRow(string file, string id) =>
        Root(file).GetProperty("capaian").EnumerateArray().Single(r => r.GetProperty("id").GetString() == id);

    public static CapaianPolicy Policy(string file) => Root(file).GetProperty("capping").GetString() switch
    {
        "Cap100Floor0" => CapaianPolicy.Capped100,
        "None" => CapaianPolicy.Uncapped,
        var other => throw new InvalidDataException($"Unknown capping '{other}' in {file}."),
    };

    public static PredikatScale Scale(string file) => Root(file).GetProperty("scale").GetString() switch
    {
        "PermenPanRb88Tahun2021" => PredikatScale.PermenPanRb88Tahun2021,
        "Permendagri86Tahun2017" => PredikatScale.Permendagri86Tahun2017,
        var other => throw new InvalidDataException($"Unknown scale '{other}' in {file}."),
    };

    public static CapaianBasis Basis(string file) =>
        Root(file).GetProperty("gradeOn").GetString() == "raw" ? CapaianBasis.Raw : CapaianBasis.Capped;

    public static string? Str(JsonElement row, string name) =>
        row.TryGetProperty(name, out var p) && p.ValueKind == JsonValueKind.String ? p.GetString() : null;

    public static decimal Invariant(string text) => decimal.Parse(text, NumberStyles.Number, CultureInfo.InvariantCulture);

    public static string? ErratumField(JsonElement row) =>
        row.TryGetProperty("erratum", out var e) && e.ValueKind == JsonValueKind.Object ? e.GetProperty("field").GetString() : null;

    public static string? ErratumId(JsonElement row) =>
        row.TryGetProperty("erratum", out var e) && e.ValueKind == JsonValueKind.Object ? e.GetProperty("id").GetString() : null;

    /// <summary>Reads a printed value ("85,23%", "4 Dok", "B (67)") with the library's own parser.</summary>
    public static IndicatorValue Value(string printed) => IndicatorValuePattern.Default.Parse(printed).GetValueOrThrow();

    /// <summary>Reads a printed percentage cell and the number of decimals it was printed with.</summary>
    public static (decimal Value, int Decimals) Printed(string printed)
    {
        decimal value = NumberPattern.Percent.WithDecimalPointAccepted().Parse(printed).GetValueOrThrow();
        string digits = printed.Trim().TrimEnd('%').Trim();
        int comma = digits.LastIndexOf(',');
        int dot = digits.LastIndexOf('.');
        int decimals = comma >= 0 ? digits.Length - comma - 1
            : dot >= 0 && digits.Length - dot - 1 != 3 ? digits.Length - dot - 1
            : 0;
        return (value, decimals);
    }

    public static decimal Round(decimal value, int decimals) => decimal.Round(value, decimals, MidpointRounding.AwayFromZero);

    public static decimal Truncate(decimal value, int decimals)
    {
        decimal factor = 1m;
        for (int i = 0; i < decimals; i++)
        {
            factor *= 10m;
        }
        return decimal.Truncate(value * factor) / factor;
    }

    /// <summary>Recomputes a golden capaian row from its printed inputs.</summary>
    public static CapaianResult Recompute(string file, JsonElement row)
    {
        var target = Value(Str(row, "target")!);
        var realisasi = Value(Str(row, "realisasi")!);
        return Capaian.Calculate(Target.Of(target), realisasi, Polarity.Positive, Policy(file));
    }

    public static decimal Presented(string file, CapaianResult result) =>
        Basis(file) == CapaianBasis.Raw ? result.Raw : result.Value;
}
