using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Sakip.Measurement.Utility;

namespace Sakip.Measurement.Model;

/// <summary>The level of a line of the budget hierarchy (Permendagri 90/2019).</summary>
public enum BudgetLevel
{
    /// <summary>A program, e.g. <c>7.01.01</c> Program Penunjang Urusan Pemerintahan Daerah.</summary>
    Program = 0,

    /// <summary>A kegiatan under a program.</summary>
    Kegiatan = 1,

    /// <summary>A sub-kegiatan under a kegiatan: the level budgets are spent at.</summary>
    SubKegiatan = 2,
}

/// <summary>
/// The money of one budget line as a report prints it: pagu murni (APBD), pagu perubahan (P-APBD)
/// and realisasi, any of which may be absent.
/// </summary>
/// <remarks>
/// <para>Amounts are rupiah as decimals. A realisasi above its pagu is kept as printed (Ajung 2023
/// prints one): it is a content error the rollup reports, not a reason to refuse the report.</para>
/// <para>The default value has no amounts.</para>
/// <threadsafety>This type is an immutable value type and thread-safe.</threadsafety>
/// </remarks>
/// <param name="PaguMurni">The original allocation (APBD murni), or <see langword="null"/> when not printed.</param>
/// <param name="PaguPerubahan">The amended allocation (P-APBD), or <see langword="null"/> when not printed.</param>
/// <param name="Realisasi">The money spent, or <see langword="null"/> when not printed.</param>
public readonly record struct BudgetAmounts(decimal? PaguMurni, decimal? PaguPerubahan, decimal? Realisasi)
{
    /// <summary>Gets a value indicating whether no amount is given.</summary>
    public bool IsEmpty => !PaguMurni.HasValue && !PaguPerubahan.HasValue && !Realisasi.HasValue;
}

/// <summary>
/// One line of the budget hierarchy — a program, kegiatan or sub-kegiatan — with its money, its
/// output indicators and its children. One shape serves every level, so one rollup serves them all.
/// </summary>
/// <remarks>
/// <para>A line without children carries its money as input. A line with children gets its money
/// from their sums; the amounts given on it are what the report printed on that line, kept so that
/// a review can compare them with the sums (Mayang 2023 prints a program APBD that its kegiatan do
/// not add up to).</para>
/// <para>What real reports get wrong loads: a realisasi above the pagu, the same program printed
/// twice, a line without a Permendagri 90/2019 code (reports before 2021 use free-form codes or
/// none), a sub-kegiatan listed straight under its program. The rollup reports each as an issue of
/// the line. What cannot be a budget at all is a <see cref="SakipDataException"/> naming the field:
/// a blank key or name, a negative amount, a child at or above its parent's level.</para>
/// <para>Equality is structural.</para>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
/// </remarks>
public sealed record BudgetItem
{
    /// <summary>Initializes a new line.</summary>
    /// <param name="key">The line's identity within the report, e.g. <c>P1.K2</c> or its code; unique in a <see cref="BudgetTree"/>.</param>
    /// <param name="level">Program, kegiatan or sub-kegiatan.</param>
    /// <param name="name">The line's name as printed.</param>
    /// <param name="amounts">The money printed on the line.</param>
    /// <param name="children">The lines below, in printed order (none for a sub-kegiatan); usually one level below, though a report may skip the kegiatan level.</param>
    /// <param name="code">The code as printed (a Permendagri 90/2019 code such as <c>7.01.01.2.01.0001</c>, a free-form code, or <see langword="null"/>).</param>
    /// <param name="outputs">The line's output or outcome indicators (for the contribution to a sasaran), in printed order.</param>
    /// <exception cref="ArgumentNullException"><paramref name="children"/> or an element of it is null.</exception>
    /// <exception cref="SakipDataException">The key or name is blank, the level is undefined, an amount is negative, or a child is not below the line's level; the message names the field.</exception>
    public BudgetItem(string key, BudgetLevel level, string name, BudgetAmounts amounts, IEnumerable<BudgetItem> children, string? code = null, IEnumerable<Indikator>? outputs = null)
    {
        string path = $"Budget[{key}]";
        Key = string.IsNullOrWhiteSpace(key) ? throw new SakipDataException("Budget.Key", key, "a budget line needs a key") : key.Trim();
        if (!Enum.IsDefined(level))
        {
            throw new SakipDataException(path + ".Level", level.ToString(), "the level must be program, kegiatan or sub-kegiatan");
        }
        Level = level;
        Name = string.IsNullOrWhiteSpace(name) ? throw new SakipDataException(path + ".Name", name, "a budget line needs a name") : name.Trim();
        CheckAmount(path + ".PaguMurni", amounts.PaguMurni);
        CheckAmount(path + ".PaguPerubahan", amounts.PaguPerubahan);
        CheckAmount(path + ".Realisasi", amounts.Realisasi);
        Amounts = amounts;
        var list = Preconditions.CheckElementsNotNull(children);
        foreach (var child in list)
        {
            // A level may be skipped (reports list sub-kegiatan straight under their program when
            // the kegiatan row is not printed), but a child never sits at or above its parent.
            if (child.Level <= level)
            {
                throw new SakipDataException($"{path}.Children[{child.Key}]", child.Level.ToString(),
                    string.Create(CultureInfo.InvariantCulture, $"a {level} line's children must be at a lower level"));
            }
        }
        Children = new EquatableArray<BudgetItem>(list);
        Code = string.IsNullOrWhiteSpace(code) ? null : code.Trim();
        NomenclatureCode = Code is not null && Sakip.Measurement.Model.NomenclatureCode.TryParse(Code, out var parsed) ? parsed : null;
        Outputs = new EquatableArray<Indikator>(Preconditions.CheckElementsNotNull(outputs ?? []));
    }

    /// <summary>Gets the line's identity within the report.</summary>
    public string Key { get; }

    /// <summary>Gets whether the line is a program, kegiatan or sub-kegiatan.</summary>
    public BudgetLevel Level { get; }

    /// <summary>Gets the line's name as printed.</summary>
    public string Name { get; }

    /// <summary>Gets the money printed on the line: the input of a line without children, what was printed on a line with children.</summary>
    public BudgetAmounts Amounts { get; }

    /// <summary>Gets the lines below, in printed order.</summary>
    public EquatableArray<BudgetItem> Children { get; }

    /// <summary>Gets the code as printed, or <see langword="null"/> when none was.</summary>
    public string? Code { get; }

    /// <summary>Gets the code as a Permendagri 90/2019 nomenclature code when it is one, otherwise <see langword="null"/>.</summary>
    public NomenclatureCode? NomenclatureCode { get; }

    /// <summary>Gets the line's output or outcome indicators, in printed order.</summary>
    public EquatableArray<Indikator> Outputs { get; }

    /// <summary>Gets a value indicating whether the line has children (and so gets its money from their sums).</summary>
    public bool HasChildren => !Children.IsEmpty;

    private static void CheckAmount(string path, decimal? amount)
    {
        if (amount is < 0m)
        {
            throw new SakipDataException(path, amount.GetValueOrDefault().ToString(CultureInfo.InvariantCulture), "an amount of money must not be negative");
        }
    }
}

/// <summary>
/// Links a budget line (usually a program) to a sasaran it supports: the cascade map as data. A
/// line linked to several sasaran counts under each of them and once in the unit total.
/// </summary>
/// <param name="SasaranCode">The sasaran's code.</param>
/// <param name="BudgetKey">The <see cref="BudgetItem.Key"/> of the line.</param>
public readonly record struct SasaranBudgetLink(string SasaranCode, string BudgetKey);

/// <summary>
/// A unit's budget for one year: its programs, each with kegiatan and sub-kegiatan, and the
/// cascade map from lines to sasaran.
/// </summary>
/// <remarks>
/// <para>The top lines are programs as a rule; a table that starts lower (a list of kegiatan)
/// loads too, and the unit total is the sum of whatever the top lines are.</para>
/// <para>Keys are unique over the whole tree (they are the report's identities for its lines);
/// codes need not be, since a report may print the same program twice. A link to a key the tree
/// does not have is a <see cref="SakipDataException"/> naming it.</para>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
/// </remarks>
public sealed record BudgetTree
{
    private readonly Dictionary<string, BudgetItem> byKey;

    /// <summary>Initializes a new tree.</summary>
    /// <param name="programs">The top lines, in printed order: programs, or whatever level a report's table starts at (a list of kegiatan, say).</param>
    /// <param name="links">The cascade map from lines to sasaran.</param>
    /// <exception cref="ArgumentNullException">An argument or element is null.</exception>
    /// <exception cref="SakipDataException">A key repeats, or a link names a key the tree does not have.</exception>
    public BudgetTree(IEnumerable<BudgetItem> programs, IEnumerable<SasaranBudgetLink>? links = null)
    {
        var list = Preconditions.CheckElementsNotNull(programs);
        byKey = new Dictionary<string, BudgetItem>(StringComparer.Ordinal);
        foreach (var program in list)
        {
            Index(program);
        }
        TopLines = new EquatableArray<BudgetItem>(list);
        var linkList = (links ?? []).ToArray();
        foreach (var link in linkList)
        {
            if (string.IsNullOrWhiteSpace(link.SasaranCode))
            {
                throw new SakipDataException($"Cascade[{link.BudgetKey}].Sasaran", link.SasaranCode, "a link needs a sasaran code");
            }
            if (link.BudgetKey is null || !byKey.ContainsKey(link.BudgetKey))
            {
                throw new SakipDataException($"Cascade[{link.SasaranCode}].Budget", link.BudgetKey, "no budget line has this key");
            }
        }
        Links = EquatableArray.Create(linkList);
    }

    /// <summary>Gets the top lines in printed order: the programs, as a rule.</summary>
    public EquatableArray<BudgetItem> TopLines { get; }

    /// <summary>Gets the cascade map from lines to sasaran, in the order given.</summary>
    public EquatableArray<SasaranBudgetLink> Links { get; }

    /// <summary>Gets every line, depth first in printed order (a program, its first kegiatan, that kegiatan's sub-kegiatan, …).</summary>
    public IEnumerable<BudgetItem> AllItems => TopLines.SelectMany(Flatten);

    /// <summary>Returns the line with a key.</summary>
    /// <param name="key">The key.</param>
    /// <returns>The line, or <see langword="null"/> when there is none.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="key"/> is null.</exception>
    public BudgetItem? Find(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return byKey.GetValueOrDefault(key);
    }

    /// <inheritdoc />
    public bool Equals(BudgetTree? other) =>
        ReferenceEquals(this, other) || (other is not null && TopLines == other.TopLines && Links == other.Links);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(TopLines, Links);

    private static IEnumerable<BudgetItem> Flatten(BudgetItem item) => new[] { item }.Concat(item.Children.SelectMany(Flatten));

    private void Index(BudgetItem item)
    {
        if (!byKey.TryAdd(item.Key, item))
        {
            throw new SakipDataException($"Budget[{item.Key}]", item.Key, "the key appears twice; keys identify lines and must be unique (codes may repeat)");
        }
        foreach (var child in item.Children)
        {
            Index(child);
        }
    }
}
