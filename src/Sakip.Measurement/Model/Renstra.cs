using System;
using System.Collections.Generic;
using System.Linq;
using Sakip.Measurement.Utility;

namespace Sakip.Measurement.Model;

/// <summary>
/// A Renstra (rencana strategis): the unit's plan for a period, with its tujuan, sasaran and
/// indicators, the programs that carry it out, and the cascade map linking programs to sasaran.
/// </summary>
/// <remarks>
/// <para>Validated at construction: tujuan, sasaran and indicator codes are unique across the
/// whole Renstra (program, kegiatan and sub-kegiatan indicators included), program codes are
/// unique, every indicator year lies inside <see cref="Period"/>, and every cascade link names
/// an existing program and sasaran. Violations throw <see cref="SakipDataException"/> naming the
/// field path and value.</para>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
/// </remarks>
public sealed record Renstra
{
    /// <summary>Initializes a new Renstra.</summary>
    /// <param name="name">The plan's name, e.g. <c>Renstra 2021-2026 (Perubahan)</c>.</param>
    /// <param name="period">The plan's period.</param>
    /// <param name="tujuan">The tujuan, in order.</param>
    /// <exception cref="ArgumentNullException">An argument or element is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank.</exception>
    /// <exception cref="SakipDataException">A code repeats, or an indicator year lies outside the period.</exception>
    public Renstra(string name, RenstraPeriod period, IEnumerable<Tujuan> tujuan)
    {
        Name = Preconditions.CheckNotBlank(name);
        Period = period;
        Tujuan = new EquatableArray<Tujuan>(Preconditions.CheckElementsNotNull(tujuan));
        Validate();
    }

    /// <summary>Gets the name.</summary>
    public string Name { get; }

    /// <summary>Gets the period.</summary>
    public RenstraPeriod Period { get; }

    /// <summary>Gets the tujuan.</summary>
    public EquatableArray<Tujuan> Tujuan { get; }

    /// <summary>Gets every sasaran, tujuan by tujuan.</summary>
    public IEnumerable<Sasaran> AllSasaran => Tujuan.SelectMany(t => t.Sasaran);

    /// <summary>Gets every indicator of the plan: tujuan and sasaran indicators, tujuan by tujuan. (The outputs of programs, kegiatan and sub-kegiatan belong to the year's <see cref="BudgetTree"/>.)</summary>
    public IEnumerable<Indikator> AllIndikator =>
        Tujuan.SelectMany(t => t.Indikator.Concat(t.Sasaran.SelectMany(s => s.Indikator)));

    /// <summary>Returns the indicator with a code.</summary>
    /// <param name="code">The code.</param>
    /// <returns>The indicator, or <see langword="null"/>.</returns>
    public Indikator? FindIndikator(string code) => AllIndikator.FirstOrDefault(i => i.Code == code);

    private void Validate()
    {
        string root = $"Renstra[{Period}]";
        var codes = new HashSet<string>(StringComparer.Ordinal);
        void Claim(string path, string code)
        {
            if (!codes.Add(code))
            {
                throw new SakipDataException(path, code, "the code is used twice in the Renstra");
            }
        }

        foreach (var t in Tujuan)
        {
            Claim($"{root}.Tujuan", t.Code);
            foreach (var s in t.Sasaran)
            {
                Claim($"{root}.Tujuan[{t.Code}].Sasaran", s.Code);
            }
        }
        foreach (var indikator in AllIndikator)
        {
            Claim($"{root}.Indikator", indikator.Code);
            foreach (var year in indikator.Years)
            {
                if (!Period.Contains(year.Year))
                {
                    throw new SakipDataException($"{root}.Indikator[{indikator.Code}].Years", year.Year.ToString(),
                        $"the year lies outside the Renstra period {Period}");
                }
            }
        }
    }
}

/// <summary>
/// Perangkat daerah: a government unit (dinas, badan, kecamatan) and its Renstra — two of them
/// in a transition year, when a report measures one PK on each.
/// </summary>
/// <remarks><threadsafety>This type is immutable and thread-safe.</threadsafety></remarks>
public sealed record PerangkatDaerah
{
    /// <summary>Initializes a new unit.</summary>
    /// <param name="name">The unit's name, e.g. <c>Kecamatan Kencong</c>.</param>
    /// <param name="renstra">The unit's Renstra, in order.</param>
    /// <exception cref="ArgumentNullException">An argument or element is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank.</exception>
    /// <exception cref="SakipDataException">Two Renstra have the same name.</exception>
    public PerangkatDaerah(string name, IEnumerable<Renstra> renstra)
    {
        Name = Preconditions.CheckNotBlank(name);
        var list = Preconditions.CheckElementsNotNull(renstra);
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var r in list)
        {
            if (!names.Add(r.Name))
            {
                throw new SakipDataException($"PerangkatDaerah[{name}].Renstra", r.Name, "two Renstra have the same name");
            }
        }
        Renstra = new EquatableArray<Renstra>(list);
    }

    /// <summary>Gets the name.</summary>
    public string Name { get; }

    /// <summary>Gets the Renstra, in order.</summary>
    public EquatableArray<Renstra> Renstra { get; }

    /// <summary>Returns the Renstra whose period contains a year (two in a transition year).</summary>
    /// <param name="year">The year.</param>
    /// <returns>The Renstra, in order.</returns>
    public EquatableArray<Renstra> RenstraFor(FiscalYear year) => EquatableArray.Create(Renstra.Where(r => r.Period.Contains(year)));
}
