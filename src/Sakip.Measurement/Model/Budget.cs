using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Sakip.Measurement.Utility;

namespace Sakip.Measurement.Model;

/// <summary>
/// The budget amounts of a budget line in rupiah: pagu murni (APBD), pagu perubahan (P-APBD)
/// and realisasi. Each may be absent; present amounts are never negative.
/// </summary>
/// <remarks>
/// <para>The arithmetic (serapan, rollups) belongs to the budget calculators; this type only
/// holds validated amounts.</para>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
/// </remarks>
public sealed record Budget
{
    /// <summary>Initializes a new instance.</summary>
    /// <param name="paguMurni">The original allocation (APBD murni), if known.</param>
    /// <param name="paguPerubahan">The amended allocation (P-APBD), if known.</param>
    /// <param name="realisasi">The amount spent, if known.</param>
    /// <exception cref="ArgumentOutOfRangeException">An amount is negative.</exception>
    /// <exception cref="SakipDataException">The realisasi exceeds the pagu in force (P-APBD, else APBD), which is invalid for a budget line.</exception>
    public Budget(decimal? paguMurni, decimal? paguPerubahan, decimal? realisasi)
    {
        if (paguMurni.HasValue)
        {
            Preconditions.CheckNonNegative(paguMurni.GetValueOrDefault(), nameof(paguMurni));
        }
        if (paguPerubahan.HasValue)
        {
            Preconditions.CheckNonNegative(paguPerubahan.GetValueOrDefault(), nameof(paguPerubahan));
        }
        if (realisasi.HasValue)
        {
            Preconditions.CheckNonNegative(realisasi.GetValueOrDefault(), nameof(realisasi));
        }
        PaguMurni = paguMurni;
        PaguPerubahan = paguPerubahan;
        Realisasi = realisasi;
        if (realisasi.HasValue && PaguEffective is { } pagu && realisasi.GetValueOrDefault() > pagu)
        {
            throw new SakipDataException("Budget.Realisasi", realisasi.GetValueOrDefault().ToString(CultureInfo.InvariantCulture),
                string.Create(CultureInfo.InvariantCulture,
                    $"the realisasi exceeds the {(paguPerubahan.HasValue ? "P-APBD" : "APBD")} pagu {pagu}"));
        }
    }

    /// <summary>Gets the original allocation (APBD murni).</summary>
    public decimal? PaguMurni { get; }

    /// <summary>Gets the amended allocation (P-APBD).</summary>
    public decimal? PaguPerubahan { get; }

    /// <summary>Gets the amount spent.</summary>
    public decimal? Realisasi { get; }

    /// <summary>Gets the allocation in force: P-APBD when set, else APBD murni.</summary>
    public decimal? PaguEffective => PaguPerubahan ?? PaguMurni;
}

/// <summary>Sub-kegiatan: the lowest budget level, with output indicators and its budget.</summary>
/// <remarks><threadsafety>This type is immutable and thread-safe.</threadsafety></remarks>
public sealed record SubKegiatan
{
    /// <summary>Initializes a new sub-kegiatan.</summary>
    /// <param name="code">A sub-kegiatan-level code.</param>
    /// <param name="name">The nomenclature name.</param>
    /// <param name="indikator">Output indicators.</param>
    /// <param name="budget">The budget amounts.</param>
    /// <exception cref="ArgumentNullException">An argument or element is null.</exception>
    /// <exception cref="ArgumentException">The name is blank or <paramref name="code"/> is not a sub-kegiatan code.</exception>
    public SubKegiatan(NomenclatureCode code, string name, IEnumerable<Indikator> indikator, Budget budget)
    {
        Hierarchy.CheckLevel(code, NomenclatureLevel.SubKegiatan, nameof(code));
        Code = code;
        Name = Preconditions.CheckNotBlank(name);
        Indikator = new EquatableArray<Indikator>(Preconditions.CheckElementsNotNull(indikator));
        Budget = Preconditions.CheckNotNull(budget);
    }

    /// <summary>Gets the code.</summary>
    public NomenclatureCode Code { get; }

    /// <summary>Gets the name.</summary>
    public string Name { get; }

    /// <summary>Gets the output indicators.</summary>
    public EquatableArray<Indikator> Indikator { get; }

    /// <summary>Gets the budget amounts.</summary>
    public Budget Budget { get; }
}

/// <summary>Kegiatan: an activity of a program, made of sub-kegiatan.</summary>
/// <remarks><threadsafety>This type is immutable and thread-safe.</threadsafety></remarks>
public sealed record Kegiatan
{
    /// <summary>Initializes a new kegiatan.</summary>
    /// <param name="code">A kegiatan-level code.</param>
    /// <param name="name">The nomenclature name.</param>
    /// <param name="indikator">Output indicators of the kegiatan.</param>
    /// <param name="subKegiatan">The sub-kegiatan, whose codes must lie under <paramref name="code"/>.</param>
    /// <exception cref="ArgumentNullException">An argument or element is null.</exception>
    /// <exception cref="ArgumentException">The name is blank or <paramref name="code"/> is not a kegiatan code.</exception>
    /// <exception cref="SakipDataException">A sub-kegiatan code is not under the kegiatan, or repeats.</exception>
    public Kegiatan(NomenclatureCode code, string name, IEnumerable<Indikator> indikator, IEnumerable<SubKegiatan> subKegiatan)
    {
        Hierarchy.CheckLevel(code, NomenclatureLevel.Kegiatan, nameof(code));
        Code = code;
        Name = Preconditions.CheckNotBlank(name);
        Indikator = new EquatableArray<Indikator>(Preconditions.CheckElementsNotNull(indikator));
        var subs = Preconditions.CheckElementsNotNull(subKegiatan);
        Hierarchy.CheckChildren($"Kegiatan[{code}]", code, subs.Select(s => s.Code));
        SubKegiatan = new EquatableArray<SubKegiatan>(subs);
    }

    /// <summary>Gets the code.</summary>
    public NomenclatureCode Code { get; }

    /// <summary>Gets the name.</summary>
    public string Name { get; }

    /// <summary>Gets the output indicators.</summary>
    public EquatableArray<Indikator> Indikator { get; }

    /// <summary>Gets the sub-kegiatan, in order.</summary>
    public EquatableArray<SubKegiatan> SubKegiatan { get; }
}

/// <summary>Program: the top budget level, with outcome indicators and its kegiatan.</summary>
/// <remarks><threadsafety>This type is immutable and thread-safe.</threadsafety></remarks>
public sealed record Program
{
    /// <summary>Initializes a new program.</summary>
    /// <param name="code">A program-level code.</param>
    /// <param name="name">The nomenclature name.</param>
    /// <param name="indikator">Outcome indicators.</param>
    /// <param name="kegiatan">The kegiatan, whose codes must lie under <paramref name="code"/>.</param>
    /// <exception cref="ArgumentNullException">An argument or element is null.</exception>
    /// <exception cref="ArgumentException">The name is blank or <paramref name="code"/> is not a program code.</exception>
    /// <exception cref="SakipDataException">A kegiatan code is not under the program, or repeats.</exception>
    public Program(NomenclatureCode code, string name, IEnumerable<Indikator> indikator, IEnumerable<Kegiatan> kegiatan)
    {
        Hierarchy.CheckLevel(code, NomenclatureLevel.Program, nameof(code));
        Code = code;
        Name = Preconditions.CheckNotBlank(name);
        Indikator = new EquatableArray<Indikator>(Preconditions.CheckElementsNotNull(indikator));
        var list = Preconditions.CheckElementsNotNull(kegiatan);
        Hierarchy.CheckChildren($"Program[{code}]", code, list.Select(k => k.Code));
        Kegiatan = new EquatableArray<Kegiatan>(list);
    }

    /// <summary>Gets the code.</summary>
    public NomenclatureCode Code { get; }

    /// <summary>Gets the name.</summary>
    public string Name { get; }

    /// <summary>Gets the outcome indicators.</summary>
    public EquatableArray<Indikator> Indikator { get; }

    /// <summary>Gets the kegiatan, in order.</summary>
    public EquatableArray<Kegiatan> Kegiatan { get; }
}

/// <summary>One link of the cascade map: a program supports a sasaran.</summary>
/// <param name="Program">The program's code.</param>
/// <param name="SasaranCode">The supported sasaran's code.</param>
public readonly record struct CascadeLink(NomenclatureCode Program, string SasaranCode);

internal static class Hierarchy
{
    internal static void CheckLevel(NomenclatureCode code, NomenclatureLevel level, string paramName)
    {
        if (code == default || code.Level != level)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"'{code}' is not a {level} code."), paramName);
        }
    }

    internal static void CheckChildren(string path, NomenclatureCode parent, IEnumerable<NomenclatureCode> children)
    {
        var seen = new HashSet<NomenclatureCode>();
        foreach (var child in children)
        {
            if (!child.IsUnder(parent))
            {
                throw new SakipDataException(path, child.Value, $"the code does not lie under {parent}");
            }
            if (!seen.Add(child))
            {
                throw new SakipDataException(path, child.Value, "the code appears twice");
            }
        }
    }
}
