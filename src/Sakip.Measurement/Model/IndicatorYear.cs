using System;

namespace Sakip.Measurement.Model;

/// <summary>Which of a year's targets a calculation uses.</summary>
public enum TargetSource
{
    /// <summary>The target in force: PK Perubahan if signed, else PK, else the Renstra's.</summary>
    Effective = 0,

    /// <summary>The Renstra's target for the year.</summary>
    Renstra = 1,

    /// <summary>The original Perjanjian Kinerja (PK) target.</summary>
    Pk = 2,

    /// <summary>The revised Perjanjian Kinerja (PK Perubahan) target.</summary>
    PkPerubahan = 3,
}

/// <summary>
/// One year of an indicator: its targets (Renstra, PK and PK Perubahan kept side by side),
/// its realisasi (yearly and/or quarterly; missing is not zero). What a report printed for it is
/// kept as <see cref="PrintedFigure"/> occurrences (of the whole report, or passed to
/// <see cref="Results.CapaianTable.Build"/>), not here.
/// </summary>
/// <remarks>
/// <para>Equality is structural.</para>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
/// </remarks>
public sealed record IndicatorYear
{
    /// <summary>Initializes a new instance.</summary>
    /// <param name="year">The year.</param>
    /// <param name="renstraTarget">The Renstra's target for the year, if any.</param>
    /// <param name="pkTarget">The PK target, if any.</param>
    /// <param name="pkPerubahanTarget">The PK Perubahan target, if any.</param>
    /// <param name="realisasi">The yearly realisasi, or <see langword="null"/> when not reported (or given only by quarter).</param>
    /// <param name="quarterlyRealisasi">The quarterly realisasi, if reported.</param>
    /// <param name="quarterlyTargets">The quarterly targets of the rencana aksi (triwulan I–IV), if set.</param>
    public IndicatorYear(
        FiscalYear year,
        Target? renstraTarget = null,
        Target? pkTarget = null,
        Target? pkPerubahanTarget = null,
        IndicatorValue? realisasi = null,
        QuarterlyValues quarterlyRealisasi = default,
        QuarterlyValues quarterlyTargets = default)
    {
        QuarterlyTargets = quarterlyTargets;
        Year = year;
        RenstraTarget = renstraTarget;
        PkTarget = pkTarget;
        PkPerubahanTarget = pkPerubahanTarget;
        Realisasi = realisasi;
        QuarterlyRealisasi = quarterlyRealisasi;
    }

    /// <summary>Gets the year.</summary>
    public FiscalYear Year { get; }

    /// <summary>Gets the Renstra's target for the year.</summary>
    public Target? RenstraTarget { get; }

    /// <summary>Gets the original PK target.</summary>
    public Target? PkTarget { get; }

    /// <summary>Gets the PK Perubahan target.</summary>
    public Target? PkPerubahanTarget { get; }

    /// <summary>Gets the yearly realisasi as reported.</summary>
    public IndicatorValue? Realisasi { get; }

    /// <summary>Gets the quarterly targets of the rencana aksi (none by default). Reports set them either cumulatively or per quarter; they are kept as given.</summary>
    public QuarterlyValues QuarterlyTargets { get; }

    /// <summary>Gets the quarterly realisasi (no quarter reported by default).</summary>
    public QuarterlyValues QuarterlyRealisasi { get; }

    /// <summary>Gets the target in force: PK Perubahan, else PK, else Renstra.</summary>
    public Target? EffectiveTarget => PkPerubahanTarget ?? PkTarget ?? RenstraTarget;

    /// <summary>Returns one of the year's targets.</summary>
    /// <param name="source">Which target.</param>
    /// <returns>The target, or <see langword="null"/> when that target is not set.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="source"/> is undefined.</exception>
    public Target? GetTarget(TargetSource source) => source switch
    {
        TargetSource.Effective => EffectiveTarget,
        TargetSource.Renstra => RenstraTarget,
        TargetSource.Pk => PkTarget,
        TargetSource.PkPerubahan => PkPerubahanTarget,
        _ => throw new ArgumentOutOfRangeException(nameof(source), source, "Undefined target source."),
    };
}
