using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace Sakip.Measurement.Serialization;

// The report file as JSON sees it (docs/report-format.md). Values stay text, exactly as a report
// prints them; LkipReader reads them into the model and LkipWriter writes the model back. Unknown
// properties are rejected, so a misspelt field name is an error rather than a silently missing
// value; duplicate properties are rejected by JsonStructure before the serializer runs (the
// serializer's own check exists on .NET 10 only, and the package also targets .NET 8).

/// <summary>The root of a report file.</summary>
internal sealed class LkipDocument
{
    public int? FormatVersion { get; set; }

    public required string Unit { get; init; }

    public int? Year { get; set; }

    public string? Source { get; init; }

    public required PolicyDocument Policy { get; init; }

    public required string Scale { get; init; }

    public required IReadOnlyList<RenstraDocument> Renstra { get; init; }

    public BudgetDocument? Budget { get; init; }

    public IReadOnlyList<BenchmarkDocument>? Benchmarks { get; init; }

    public IkmDocument? Ikm { get; init; }

    public IppDocument? Ipp { get; init; }

    public IReadOnlyList<PrintedDocument>? Printed { get; init; }

    public IReadOnlyList<AggregateDocument>? Aggregates { get; init; }

    public IReadOnlyList<ScaleDocument>? Scales { get; init; }
}

/// <summary>The policies: capping and optionally every other choice of <see cref="Model.LkipPolicies"/>.</summary>
internal sealed class PolicyDocument
{
    public required string Capping { get; init; }

    public string? NegativeFormula { get; init; }

    public string? ZeroTarget { get; init; }

    public string? OrdinalMethod { get; init; }

    public string? GradeOn { get; init; }

    public string? UnitMean { get; init; }

    public string? Pagu { get; init; }

    public string? Efficiency { get; init; }
}

internal sealed class RenstraDocument
{
    public required string Name { get; init; }

    public required int FirstYear { get; init; }

    public required int FinalYear { get; init; }

    public string? Note { get; init; }

    public required IReadOnlyList<TujuanDocument> Tujuan { get; init; }
}

internal sealed class TujuanDocument
{
    public required string Code { get; init; }

    public required string Name { get; init; }

    public IReadOnlyList<IndikatorDocument>? Indikator { get; init; }

    public IReadOnlyList<SasaranDocument>? Sasaran { get; init; }
}

internal sealed class SasaranDocument
{
    public required string Code { get; init; }

    public required string Name { get; init; }

    public required IReadOnlyList<IndikatorDocument> Indikator { get; init; }
}

internal sealed class IndikatorDocument
{
    public required string Code { get; init; }

    public required string Name { get; init; }

    public required string Satuan { get; init; }

    public required string Polarity { get; init; }

    public required string TargetKind { get; init; }

    public decimal? Weight { get; init; }

    public string? QuarterlyAggregation { get; init; }

    public string? Note { get; init; }

    public required IReadOnlyList<IndicatorYearDocument> Years { get; init; }
}

internal sealed class IndicatorYearDocument
{
    public required int Year { get; init; }

    public string? RenstraTarget { get; init; }

    public string? PkTarget { get; init; }

    public string? PkPerubahanTarget { get; init; }

    public string? Realisasi { get; init; }

    public IReadOnlyList<string?>? QuarterlyTargets { get; init; }

    public IReadOnlyList<string?>? QuarterlyRealisasi { get; init; }

    public string? PrintedCapaian { get; init; }

    public string? PrintedPredikat { get; init; }

    public string? PrintedSource { get; init; }

    public string? Note { get; init; }
}

internal sealed class BudgetDocument
{
    public required IReadOnlyList<BudgetLineDocument> Lines { get; init; }

    public IReadOnlyList<BudgetLinkDocument>? Links { get; init; }
}

internal sealed class BudgetLineDocument
{
    public required string Key { get; init; }

    public required string Level { get; init; }

    public string? Code { get; init; }

    public required string Name { get; init; }

    public string? PaguMurni { get; init; }

    public string? PaguPerubahan { get; init; }

    public string? Realisasi { get; init; }

    public string? Note { get; init; }

    public IReadOnlyList<IndikatorDocument>? Outputs { get; init; }

    public IReadOnlyList<BudgetLineDocument>? Children { get; init; }
}

internal sealed class BudgetLinkDocument
{
    public required string Sasaran { get; init; }

    public required string Line { get; init; }
}

internal sealed class BenchmarkDocument
{
    public required string Indikator { get; init; }

    public required string Value { get; init; }

    public required string Source { get; init; }
}

internal sealed class IkmDocument
{
    public required string Definition { get; init; }

    public string? Weighting { get; init; }

    public long? Respondents { get; init; }

    public IReadOnlyList<IReadOnlyList<long>>? Counts { get; init; }

    public IReadOnlyList<IReadOnlyList<string>>? Distributions { get; init; }

    public IReadOnlyList<string>? Nrr { get; init; }
}

internal sealed class IppDocument
{
    public string? F02 { get; init; }

    public string? F03 { get; init; }

    public string? Value { get; init; }
}

internal sealed class PrintedDocument
{
    public required string Figure { get; init; }

    public string? Subject { get; init; }

    public int? Year { get; init; }

    public string? Table { get; init; }

    public string? Row { get; init; }

    public string? Paragraph { get; init; }

    public int? Line { get; init; }

    public required string Text { get; init; }

    public string? Note { get; init; }
}

internal sealed class AggregateDocument
{
    public required string Operation { get; init; }

    public required string Label { get; init; }

    public string? Table { get; init; }

    public string? Row { get; init; }

    public string? Paragraph { get; init; }

    public int? Line { get; init; }

    public required IReadOnlyList<string> Parts { get; init; }

    public required string Result { get; init; }

    public bool? Implied { get; init; }

    public string? Note { get; init; }
}

internal sealed class ScaleDocument
{
    public required string Name { get; init; }

    public string? Table { get; init; }

    public string? Row { get; init; }

    public string? Paragraph { get; init; }

    public int? Line { get; init; }

    public int? ValueDecimals { get; init; }

    public required IReadOnlyList<ScaleBandDocument> Bands { get; init; }

    public string? Note { get; init; }
}

internal sealed class ScaleBandDocument
{
    public required string Code { get; init; }

    public required string Label { get; init; }

    public string? Lower { get; init; }

    public bool? LowerInclusive { get; init; }

    public string? Upper { get; init; }

    public bool? UpperInclusive { get; init; }

    public required string Text { get; init; }

    public int? Line { get; init; }
}

/// <summary>Source-generated (trim- and AOT-safe) metadata for reading and writing <see cref="LkipDocument"/>.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    WriteIndented = true,
    GenerationMode = JsonSourceGenerationMode.Metadata)]
[JsonSerializable(typeof(LkipDocument))]
internal sealed partial class LkipJsonContext : JsonSerializerContext;
