using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Sakip.Measurement.Scales;
using Sakip.Measurement.Utility;

namespace Sakip.Measurement.Lke;

/// <summary>How a sub-komponen turns its criteria's answers into its value.</summary>
public enum LkeAggregation
{
    /// <summary>"Rata-rata": the mean of the criteria's answer values times the sub-komponen's weight.</summary>
    RataRata = 0,

    /// <summary>"Akumulasi": the sum of each criterion's answer value times the criterion's own weight (the weights sum to the sub-komponen's).</summary>
    Akumulasi = 1,
}

/// <summary>What an unanswered criterion counts for.</summary>
public enum LkeUnansweredPolicy
{
    /// <summary>It counts 0, as in common practice; the result still lists it.</summary>
    CountsZero = 0,

    /// <summary>It is left out of its sub-komponen's mean (or its weight out of the sum) and listed.</summary>
    Excluded = 1,
}

/// <summary>
/// What an LKIP must show that a criterion of sub-komponen 3.b asks about, so that the report's
/// own data can answer it (<see cref="LkeReportAnswers"/>).
/// </summary>
public enum LkeReportQuestion
{
    /// <summary>The report's data cannot answer the criterion.</summary>
    None = 0,

    /// <summary>Realisasi compared with the annual (PK) target: the capaian of every indicator.</summary>
    AgainstAnnualTarget = 1,

    /// <summary>Realisasi compared with the Renstra's (medium-term) target.</summary>
    AgainstRenstraTarget = 2,

    /// <summary>Realisasi compared with previous years.</summary>
    AgainstPreviousYears = 3,

    /// <summary>Realisasi compared with a national or provincial benchmark.</summary>
    AgainstBenchmark = 4,

    /// <summary>The efficiency of resource use analysed (capaian against serapan).</summary>
    Efficiency = 5,
}

/// <summary>One criterion of a sub-komponen: its code, its text and, for "akumulasi", its weight.</summary>
/// <remarks><threadsafety>This type is immutable and thread-safe.</threadsafety></remarks>
public sealed record LkeCriterion
{
    /// <summary>Creates a criterion.</summary>
    /// <param name="code">Its number within the sub-komponen (<c>1</c>, <c>2</c> …); the worksheet names it <c>komponen.sub.code</c>, e.g. <c>3.b.2</c>.</param>
    /// <param name="text">What it asks.</param>
    /// <param name="weight">Its weight for "akumulasi"; null for "rata-rata".</param>
    /// <param name="reportQuestion">What the LKIP must show for it, when the report's data can answer it.</param>
    /// <exception cref="ArgumentException"><paramref name="code"/> or <paramref name="text"/> is blank.</exception>
    public LkeCriterion(string code, string text, decimal? weight = null, LkeReportQuestion reportQuestion = LkeReportQuestion.None)
    {
        Code = Preconditions.CheckNotBlank(code);
        Text = Preconditions.CheckNotBlank(text);
        Weight = weight;
        ReportQuestion = Preconditions.CheckDefined(reportQuestion);
    }

    /// <summary>Gets the criterion's number within its sub-komponen.</summary>
    public string Code { get; }

    /// <summary>Gets what the criterion asks.</summary>
    public string Text { get; }

    /// <summary>Gets the criterion's weight for "akumulasi"; null for "rata-rata".</summary>
    public decimal? Weight { get; }

    /// <summary>Gets what the LKIP must show for it, when the report's own data can answer it.</summary>
    public LkeReportQuestion ReportQuestion { get; }
}

/// <summary>A sub-komponen: its code, name, weight in points of the total, aggregation and criteria.</summary>
/// <remarks><threadsafety>This type is immutable and thread-safe.</threadsafety></remarks>
public sealed record LkeSubKomponen
{
    /// <summary>Creates a sub-komponen; its weights are checked by <see cref="LkeDefinition"/>, which names the field at fault.</summary>
    /// <param name="code">Its letter within the komponen (<c>a</c>, <c>b</c>, <c>c</c>).</param>
    /// <param name="name">What it evaluates.</param>
    /// <param name="weight">Its weight in points of the 100-point total (e.g. 4,5 for 3.b).</param>
    /// <param name="aggregation">How its criteria make its value.</param>
    /// <param name="criteria">Its criteria, in order.</param>
    /// <exception cref="ArgumentNullException"><paramref name="criteria"/> is null or holds null.</exception>
    /// <exception cref="ArgumentException"><paramref name="code"/> or <paramref name="name"/> is blank.</exception>
    public LkeSubKomponen(string code, string name, decimal weight, LkeAggregation aggregation, IEnumerable<LkeCriterion> criteria)
    {
        Code = Preconditions.CheckNotBlank(code);
        Name = Preconditions.CheckNotBlank(name);
        Weight = weight;
        Aggregation = Preconditions.CheckDefined(aggregation);
        Criteria = new EquatableArray<LkeCriterion>(Preconditions.CheckElementsNotNull(criteria));
    }

    /// <summary>Gets the sub-komponen's letter.</summary>
    public string Code { get; }

    /// <summary>Gets what it evaluates.</summary>
    public string Name { get; }

    /// <summary>Gets its weight in points of the total.</summary>
    public decimal Weight { get; }

    /// <summary>Gets how its criteria make its value.</summary>
    public LkeAggregation Aggregation { get; }

    /// <summary>Gets its criteria, in order.</summary>
    public EquatableArray<LkeCriterion> Criteria { get; }
}

/// <summary>A komponen: its code, name, weight in points of the total and sub-komponen.</summary>
/// <remarks><threadsafety>This type is immutable and thread-safe.</threadsafety></remarks>
public sealed record LkeKomponen
{
    /// <summary>Creates a komponen; its weights are checked by <see cref="LkeDefinition"/>.</summary>
    /// <param name="code">Its number (<c>1</c> … <c>4</c>).</param>
    /// <param name="name">What it evaluates, e.g. Perencanaan Kinerja.</param>
    /// <param name="weight">Its weight in points of the 100-point total.</param>
    /// <param name="subKomponen">Its sub-komponen, in order.</param>
    /// <exception cref="ArgumentNullException"><paramref name="subKomponen"/> is null or holds null.</exception>
    /// <exception cref="ArgumentException"><paramref name="code"/> or <paramref name="name"/> is blank.</exception>
    public LkeKomponen(string code, string name, decimal weight, IEnumerable<LkeSubKomponen> subKomponen)
    {
        Code = Preconditions.CheckNotBlank(code);
        Name = Preconditions.CheckNotBlank(name);
        Weight = weight;
        SubKomponen = new EquatableArray<LkeSubKomponen>(Preconditions.CheckElementsNotNull(subKomponen));
    }

    /// <summary>Gets the komponen's number.</summary>
    public string Code { get; }

    /// <summary>Gets what it evaluates.</summary>
    public string Name { get; }

    /// <summary>Gets its weight in points of the total.</summary>
    public decimal Weight { get; }

    /// <summary>Gets its sub-komponen, in order.</summary>
    public EquatableArray<LkeSubKomponen> SubKomponen { get; }
}

/// <summary>
/// An LKE worksheet's definition as data: komponen → sub-komponen → criteria with their weights,
/// the answer scale, each sub-komponen's aggregation, what an unanswered criterion counts for,
/// the predikat scale of the total, and the regime (regulation and version) it follows. Built
/// only when its weights hold: komponen weights sum to 100, each komponen's sub-komponen to its
/// weight, each "akumulasi" sub-komponen's criterion weights to its weight; every weight is
/// positive. A missing or zero weight is a <see cref="SakipDataException"/> naming the field,
/// never a silent 0.
/// </summary>
/// <remarks><threadsafety>This type is immutable and thread-safe.</threadsafety></remarks>
public sealed class LkeDefinition : IEquatable<LkeDefinition>
{
    /// <summary>The total a worksheet's weights sum to.</summary>
    public const decimal TotalWeight = 100m;

    private readonly Dictionary<string, (LkeKomponen Komponen, LkeSubKomponen Sub, LkeCriterion Criterion)> byCode;

    /// <summary>Creates a definition and checks its weights and codes.</summary>
    /// <param name="regime">The regulation and version it follows, e.g. <c>PermenPANRB 88/2021</c>; older regimes had a fifth komponen.</param>
    /// <param name="komponen">The komponen, in order.</param>
    /// <param name="answerScale">The answers the worksheet allows.</param>
    /// <param name="unanswered">What an unanswered criterion counts for.</param>
    /// <param name="predikatScale">The scale the total is graded on.</param>
    /// <exception cref="ArgumentNullException">An argument is null, or <paramref name="komponen"/> holds null.</exception>
    /// <exception cref="ArgumentException"><paramref name="regime"/> is blank.</exception>
    /// <exception cref="SakipDataException">A weight is missing, zero, negative or does not sum as it must, or a code is blank or repeated; the message names the field (<c>komponen[3].subKomponen[b].weight</c>).</exception>
    public LkeDefinition(string regime, IEnumerable<LkeKomponen> komponen, LkeAnswerScale answerScale, LkeUnansweredPolicy unanswered, PredikatScale predikatScale)
    {
        Regime = Preconditions.CheckNotBlank(regime);
        Komponen = new EquatableArray<LkeKomponen>(Preconditions.CheckElementsNotNull(komponen));
        AnswerScale = Preconditions.CheckNotNull(answerScale);
        Unanswered = Preconditions.CheckDefined(unanswered);
        PredikatScale = Preconditions.CheckNotNull(predikatScale);
        byCode = Validate(Komponen);
    }

    /// <summary>
    /// Gets the PermenPANRB 88/2021 structure (four komponen 30/30/15/25, each split 20/30/50 %
    /// into sub-komponen a/b/c; 6·11·8 · 3·7·10 · 6·9·7 · 3·5·5 criteria, "rata-rata", A–E
    /// answers, unanswered counting 0, graded on the 88/2021 scale). The criteria of 3.b that an
    /// LKIP's data can answer carry their <see cref="LkeReportQuestion"/>. The other criteria are
    /// named by their place (<c>Kriteria 1.a.1</c>): load the evaluator's worksheet definition
    /// for their wording.
    /// </summary>
    public static LkeDefinition PermenPanRb88Tahun2021 { get; } = Build88Tahun2021();

    /// <summary>Gets the regulation and version the definition follows.</summary>
    public string Regime { get; }

    /// <summary>Gets the komponen, in order.</summary>
    public EquatableArray<LkeKomponen> Komponen { get; }

    /// <summary>Gets the answers the worksheet allows.</summary>
    public LkeAnswerScale AnswerScale { get; }

    /// <summary>Gets what an unanswered criterion counts for.</summary>
    public LkeUnansweredPolicy Unanswered { get; }

    /// <summary>Gets the scale the total is graded on.</summary>
    public PredikatScale PredikatScale { get; }

    /// <summary>Gets every criterion's worksheet code (<c>1.a.1</c> …), in order.</summary>
    public IEnumerable<string> CriterionCodes => byCode.Keys;

    /// <summary>Finds a criterion by its worksheet code (<c>3.b.2</c>), ignoring case.</summary>
    /// <param name="code">The code.</param>
    /// <param name="criterion">The criterion, when found.</param>
    /// <returns>Whether the definition has it.</returns>
    public bool TryFindCriterion(string code, out LkeCriterion? criterion)
    {
        Preconditions.CheckNotNull(code);
        bool found = byCode.TryGetValue(code.Trim(), out var entry);
        criterion = found ? entry.Criterion : null;
        return found;
    }

    /// <summary>The worksheet code of a criterion: komponen, sub-komponen and criterion codes joined by dots.</summary>
    /// <param name="komponen">The komponen.</param>
    /// <param name="sub">The sub-komponen.</param>
    /// <param name="criterion">The criterion.</param>
    /// <returns>The code, e.g. <c>3.b.2</c>.</returns>
    public static string CodeOf(LkeKomponen komponen, LkeSubKomponen sub, LkeCriterion criterion) =>
        $"{Preconditions.CheckNotNull(komponen).Code}.{Preconditions.CheckNotNull(sub).Code}.{Preconditions.CheckNotNull(criterion).Code}";

    private static Dictionary<string, (LkeKomponen, LkeSubKomponen, LkeCriterion)> Validate(EquatableArray<LkeKomponen> komponen)
    {
        static string Text(decimal value) => value.ToString(CultureInfo.InvariantCulture);
        if (komponen.Count == 0)
        {
            throw new SakipDataException("komponen", null, "A worksheet needs at least one komponen.");
        }
        var codes = new Dictionary<string, (LkeKomponen, LkeSubKomponen, LkeCriterion)>(StringComparer.OrdinalIgnoreCase);
        var komponenCodes = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var k in komponen)
        {
            string path = $"komponen[{k.Code}]";
            Positive(k.Weight, path + ".weight");
            if (!komponenCodes.Add(k.Code))
            {
                throw new SakipDataException(path + ".code", k.Code, "Two komponen have this code.");
            }
            if (k.SubKomponen.Count == 0)
            {
                throw new SakipDataException(path + ".subKomponen", null, "A komponen needs at least one sub-komponen.");
            }
            var subCodes = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var s in k.SubKomponen)
            {
                string subPath = $"{path}.subKomponen[{s.Code}]";
                Positive(s.Weight, subPath + ".weight");
                if (!subCodes.Add(s.Code))
                {
                    throw new SakipDataException(subPath + ".code", s.Code, "Two sub-komponen of this komponen have this code.");
                }
                if (s.Criteria.Count == 0)
                {
                    throw new SakipDataException(subPath + ".criteria", null, "A sub-komponen needs at least one criterion.");
                }
                foreach (var c in s.Criteria)
                {
                    string criterionPath = $"{subPath}.criteria[{c.Code}]";
                    if (s.Aggregation == LkeAggregation.Akumulasi)
                    {
                        Positive(c.Weight, criterionPath + ".weight");
                    }
                    else if (c.Weight is not null)
                    {
                        throw new SakipDataException(criterionPath + ".weight", Text(c.Weight.Value),
                            "A criterion of a \"rata-rata\" sub-komponen has no weight of its own (its sub-komponen's weight is shared equally); use \"akumulasi\" for weighted criteria.");
                    }
                    if (!codes.TryAdd(CodeOf(k, s, c), (k, s, c)))
                    {
                        throw new SakipDataException(criterionPath + ".code", c.Code, "Two criteria of this sub-komponen have this code.");
                    }
                }
                if (s.Aggregation == LkeAggregation.Akumulasi && s.Criteria.Sum(c => c.Weight!.Value) is var criteria && criteria != s.Weight)
                {
                    throw new SakipDataException(subPath + ".criteria", Text(criteria),
                        $"The criteria's weights sum to {Text(criteria)}, not to the sub-komponen's weight {Text(s.Weight)}.");
                }
            }
            decimal subs = k.SubKomponen.Sum(s => s.Weight);
            if (subs != k.Weight)
            {
                throw new SakipDataException(path + ".subKomponen", Text(subs), $"The sub-komponen's weights sum to {Text(subs)}, not to the komponen's weight {Text(k.Weight)}.");
            }
        }
        decimal total = komponen.Sum(k => k.Weight);
        if (total != TotalWeight)
        {
            throw new SakipDataException("komponen", Text(total), $"The komponen's weights sum to {Text(total)}, not to {Text(TotalWeight)}.");
        }
        return codes;
    }

    private static void Positive(decimal? weight, string path)
    {
        if (weight is not decimal value)
        {
            throw new SakipDataException(path, null, "The weight is missing: a criterion without weight would score 0 without saying so.");
        }
        if (value <= 0m)
        {
            throw new SakipDataException(path, value.ToString(CultureInfo.InvariantCulture), "A weight must be greater than 0.");
        }
    }

    private static LkeDefinition Build88Tahun2021()
    {
        // Komponen weights and, per komponen, 20 / 30 / 50 % for sub-komponen a / b / c.
        (string Code, string Name, decimal Weight, (string Name, int Criteria)[] Subs)[] structure =
        [
            ("1", "Perencanaan Kinerja", 30m, [("Dokumen perencanaan kinerja tersedia", 6), ("Dokumen perencanaan kinerja memenuhi standar yang baik (SMART, cascading, crosscutting)", 11), ("Perencanaan kinerja dimanfaatkan untuk hasil yang berkesinambungan", 8)]),
            ("2", "Pengukuran Kinerja", 30m, [("Pengukuran kinerja dilakukan", 3), ("Pengukuran kinerja sesuai kebutuhan, berjenjang dan berkelanjutan", 7), ("Pengukuran kinerja menjadi dasar reward/punishment dan penyesuaian strategi", 10)]),
            ("3", "Pelaporan Kinerja", 15m, [("Laporan kinerja tersedia", 6), ("Laporan kinerja memenuhi standar dan menyajikan kualitas capaian", 9), ("Pelaporan kinerja memengaruhi strategi dan kebijakan", 7)]),
            ("4", "Evaluasi Akuntabilitas Kinerja Internal", 25m, [("Evaluasi akuntabilitas kinerja internal dilaksanakan", 3), ("Evaluasi berkualitas dan didukung SDM yang memadai", 5), ("Implementasi SAKIP meningkat", 5)]),
        ];
        decimal[] shares = [0.2m, 0.3m, 0.5m];
        string[] letters = ["a", "b", "c"];
        // The 3.b criteria an LKIP's own data answers (the rest of 3.b asks about analysis and
        // obstacles, which the figures alone cannot show).
        var report = new Dictionary<string, (string Text, LkeReportQuestion Question)>
        {
            ["3.b.1"] = ("Laporan kinerja menyajikan perbandingan realisasi dengan target tahunan", LkeReportQuestion.AgainstAnnualTarget),
            ["3.b.2"] = ("Laporan kinerja menyajikan perbandingan realisasi dengan target jangka menengah (Renstra)", LkeReportQuestion.AgainstRenstraTarget),
            ["3.b.3"] = ("Laporan kinerja menyajikan perbandingan realisasi dengan tahun-tahun sebelumnya", LkeReportQuestion.AgainstPreviousYears),
            ["3.b.4"] = ("Laporan kinerja menyajikan perbandingan realisasi dengan standar nasional atau provinsi", LkeReportQuestion.AgainstBenchmark),
            ["3.b.5"] = ("Laporan kinerja menyajikan analisis efisiensi penggunaan sumber daya", LkeReportQuestion.Efficiency),
        };
        var komponen = structure.Select(k => new LkeKomponen(k.Code, k.Name, k.Weight, k.Subs.Select((s, i) =>
            new LkeSubKomponen(letters[i], s.Name, k.Weight * shares[i], LkeAggregation.RataRata, Enumerable.Range(1, s.Criteria).Select(n =>
            {
                string code = string.Create(CultureInfo.InvariantCulture, $"{k.Code}.{letters[i]}.{n}");
                return report.TryGetValue(code, out var known)
                    ? new LkeCriterion(n.ToString(CultureInfo.InvariantCulture), known.Text, reportQuestion: known.Question)
                    : new LkeCriterion(n.ToString(CultureInfo.InvariantCulture), $"Kriteria {code}");
            })))));
        return new LkeDefinition("PermenPANRB 88/2021", komponen, LkeAnswerScale.AToE, LkeUnansweredPolicy.CountsZero, PredikatScale.PermenPanRb88Tahun2021);
    }

    /// <inheritdoc/>
    public bool Equals(LkeDefinition? other) => other is not null && Regime == other.Regime && Komponen.Equals(other.Komponen)
        && AnswerScale.Equals(other.AnswerScale) && Unanswered == other.Unanswered && PredikatScale.Equals(other.PredikatScale);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as LkeDefinition);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Regime, Komponen, AnswerScale, Unanswered, PredikatScale);

    /// <summary>Returns the regime and the number of criteria.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"LKE {Regime} ({byCode.Count} kriteria)");
}
