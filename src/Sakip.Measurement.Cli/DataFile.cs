using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace Sakip.Measurement.Cli;

// The data file as JSON sees it (docs/data-format.md). Values stay text, exactly as a report
// prints them; ModelMapper reads them and builds the library model. Unknown properties are
// rejected, so a misspelt field name is an error rather than a silently missing value; so are
// duplicate properties, which would otherwise let the last of two "capping" values win unseen.

/// <summary>The root of a data file: one unit, the year to measure, the policy, the scale and the Renstra.</summary>
internal sealed class DataFile
{
    public required string Unit { get; init; }

    public int? Year { get; init; }

    public string? Source { get; init; }

    public required PolicyDto Policy { get; init; }

    public required string Scale { get; init; }

    public required IReadOnlyList<RenstraDto> Renstra { get; init; }
}

/// <summary>The capaian policy: capping, and optionally the other choices of <see cref="CapaianPolicy"/>.</summary>
internal sealed class PolicyDto
{
    public required string Capping { get; init; }

    public string? NegativeFormula { get; init; }

    public string? ZeroTarget { get; init; }

    public string? OrdinalMethod { get; init; }
}

internal sealed class RenstraDto
{
    public required string Name { get; init; }

    public required int FirstYear { get; init; }

    public required int FinalYear { get; init; }

    public string? Note { get; init; }

    public required IReadOnlyList<TujuanDto> Tujuan { get; init; }
}

internal sealed class TujuanDto
{
    public required string Code { get; init; }

    public required string Name { get; init; }

    public IReadOnlyList<IndikatorDto>? Indikator { get; init; }

    public IReadOnlyList<SasaranDto>? Sasaran { get; init; }
}

internal sealed class SasaranDto
{
    public required string Code { get; init; }

    public required string Name { get; init; }

    public required IReadOnlyList<IndikatorDto> Indikator { get; init; }
}

internal sealed class IndikatorDto
{
    public required string Code { get; init; }

    public required string Name { get; init; }

    public required string Satuan { get; init; }

    public required string Polarity { get; init; }

    public required string TargetKind { get; init; }

    public decimal? Weight { get; init; }

    public string? Note { get; init; }

    public required IReadOnlyList<IndicatorYearDto> Years { get; init; }
}

internal sealed class IndicatorYearDto
{
    public required int Year { get; init; }

    public string? RenstraTarget { get; init; }

    public string? PkTarget { get; init; }

    public string? PkPerubahanTarget { get; init; }

    public string? Realisasi { get; init; }

    public string? PrintedCapaian { get; init; }

    public string? PrintedPredikat { get; init; }

    public string? PrintedSource { get; init; }

    public string? Note { get; init; }
}

/// <summary>Source-generated (trim- and AOT-safe) metadata for reading <see cref="DataFile"/>.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    RespectNullableAnnotations = true,
    AllowDuplicateProperties = false,
    GenerationMode = JsonSourceGenerationMode.Metadata)]
[JsonSerializable(typeof(DataFile))]
internal sealed partial class DataFileJsonContext : JsonSerializerContext;
