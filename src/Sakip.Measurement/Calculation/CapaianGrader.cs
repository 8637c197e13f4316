using System;
using System.Threading.Tasks;
using Sakip.Measurement.Scales;
using Sakip.Measurement.Utility;

namespace Sakip.Measurement.Calculation;

/// <summary>
/// Grades numeric capaian inputs straight into predikat bands for one policy, scale and basis,
/// without computing the capaian: the band of <c>r / t × 100</c> follows from comparing
/// <c>2·10¹⁸ · r</c> with <c>(2m − 1) · t</c> for a few precomputed integers <c>m</c>, products
/// of the inputs' 64-bit mantissas at a common scale. For the national dashboard's question "how
/// many indicators are AA", <see cref="CountPerBand"/> answers it for a whole batch.
/// </summary>
/// <remarks>
/// <para>The band is always the one <see cref="Capaian.Calculate(decimal, decimal?, Polarity, CapaianPolicy)"/>
/// followed by <see cref="PredikatScale.IndexOf"/> on the basis value gives, rounding to 16
/// places included: the integers are derived from the scale's bounds, the capping bounds and the
/// negative formula when the grader is built, so a capaian that rounds onto a bound is graded as
/// the rounded value is. Inputs beyond the integer path (mantissas over 64 bits, a negative
/// realisasi, a capaian of 900 % or more, operands whose scales cannot be aligned in 64 bits)
/// are graded by that exact path, item by item.</para>
/// <para>Building a grader reads every bound once; reuse one for every batch of the same rules.</para>
/// <threadsafety>This type is immutable and thread-safe; one instance can grade on many threads at once.</threadsafety>
/// </remarks>
public sealed class CapaianGrader
{
    // Items per partition of a parallel count (as CapaianBatch.EvaluateParallel cuts a batch).
    private const int PartitionSize = 16_384;

    // The largest difference of scales the integer path aligns (10^19 is the largest power of ten in 64 bits).
    private const int MaxAlignment = 19;

    private readonly GradingTable? positiveBands;
    private readonly GradingTable? negativeBands;
    private readonly RatioEvaluator evaluator;
    private readonly int zeroOfZeroBand;
    private readonly GradingTable?[] bandTables; // by polarity: positive, negative
    private readonly int invertedNegative; // 1 when the negative formula divides target by realisasi

    /// <summary>Builds a grader.</summary>
    /// <param name="policy">The calculation policy (negative formula, capping, zero target).</param>
    /// <param name="scale">The predikat scale.</param>
    /// <param name="basis">Whether the band is taken on the capped or the raw capaian.</param>
    /// <exception cref="ArgumentNullException"><paramref name="policy"/> or <paramref name="scale"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="basis"/> is not a defined <see cref="CapaianBasis"/>.</exception>
    public CapaianGrader(CapaianPolicy policy, PredikatScale scale, CapaianBasis basis)
    {
        Policy = Preconditions.CheckNotNull(policy);
        Scale = Preconditions.CheckNotNull(scale);
        Basis = Preconditions.CheckDefined(basis);
        var capping = policy.Capping;
        var negativeForm = policy.NegativeFormula.Form;
        positiveBands = GradingTable.Build(RatioForm.Direct, capping, scale, basis, withAdjustments: false);
        negativeBands = GradingTable.Build(negativeForm, capping, scale, basis, withAdjustments: false);
        evaluator = new RatioEvaluator(policy, scale, basis);
        bandTables = [positiveBands, negativeBands];
        invertedNegative = negativeForm.Inverted ? 1 : 0;
        decimal full = capping.Apply(100m, out _);
        zeroOfZeroBand = scale.IndexOf(basis == CapaianBasis.Raw ? 100m : full);
    }

    /// <summary>Gets the calculation policy.</summary>
    public CapaianPolicy Policy { get; }

    /// <summary>Gets the predikat scale.</summary>
    public PredikatScale Scale { get; }

    /// <summary>Gets whether the band is taken on the capped or the raw capaian.</summary>
    public CapaianBasis Basis { get; }

    /// <summary>Grades one input.</summary>
    /// <param name="input">The input.</param>
    /// <returns>The index into <see cref="PredikatScale.Bands"/> of <see cref="Scale"/>, or −1 when there is no capaian (no realisasi, an undefined zero target, …) or it lies outside the scale or in a hole of it.</returns>
    public int IndexOf(CapaianInput input)
    {
        Span<int> bits = stackalloc int[4];
        return GradeOne(in input, bits);
    }

    /// <summary>Grades every input.</summary>
    /// <param name="inputs">The inputs.</param>
    /// <param name="bandIndexes">Receives, per input, the band index as <see cref="IndexOf"/> gives it.</param>
    /// <exception cref="ArgumentException"><paramref name="bandIndexes"/> is shorter than <paramref name="inputs"/>.</exception>
    public void Grade(ReadOnlySpan<CapaianInput> inputs, Span<int> bandIndexes)
    {
        CapaianBatch.CheckLength(inputs.Length, bandIndexes.Length, nameof(bandIndexes));
        Span<int> bits = stackalloc int[4];
        for (int i = 0; i < inputs.Length; i++)
        {
            bandIndexes[i] = GradeOne(in inputs[i], bits);
        }
    }

    /// <summary>Counts how many inputs fall in each band, without storing a band per input.</summary>
    /// <param name="inputs">The inputs.</param>
    /// <param name="countsPerBand">Receives the count per band, indexed like <see cref="PredikatScale.Bands"/>; its length must be the scale's band count. It is cleared first.</param>
    /// <returns>The number of inputs without a band (no capaian, or outside the scale).</returns>
    /// <exception cref="ArgumentException"><paramref name="countsPerBand"/> does not have one element per band.</exception>
    public int CountPerBand(ReadOnlySpan<CapaianInput> inputs, Span<int> countsPerBand)
    {
        CheckCounts(countsPerBand);
        // Slot 0 counts the ungraded (band −1), so that the loop has no branch on the band.
        Span<int> slots = stackalloc int[countsPerBand.Length + 1];
        CountInto(inputs, slots);
        slots[1..].CopyTo(countsPerBand);
        return slots[0];
    }

    /// <summary>
    /// Counts how many inputs fall in each band on several cores: the inputs are cut into fixed
    /// partitions of 16 384, each counted on its own, and the counts added. The counts are the
    /// ones <see cref="CountPerBand"/> gives, whatever the number of cores.
    /// </summary>
    /// <param name="inputs">The inputs (a national batch).</param>
    /// <param name="countsPerBand">Receives the count per band, as in <see cref="CountPerBand"/>.</param>
    /// <param name="maxDegreeOfParallelism">The most partitions counted at once: −1 for as many as the runtime sees fit (all cores), or 1 or more.</param>
    /// <returns>The number of inputs without a band.</returns>
    /// <exception cref="ArgumentException"><paramref name="countsPerBand"/> does not have one element per band.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxDegreeOfParallelism"/> is 0 or below −1.</exception>
    public int CountPerBandParallel(ReadOnlyMemory<CapaianInput> inputs, Span<int> countsPerBand, int maxDegreeOfParallelism = -1)
    {
        CheckCounts(countsPerBand);
        var options = CapaianBatch.ParallelOptionsFor(maxDegreeOfParallelism);
        int slotCount = countsPerBand.Length + 1;
        int partitions = CapaianBatch.PartitionCount(inputs.Length, PartitionSize);
        int[] slots = new int[partitions * slotCount];
        Parallel.For(0, partitions, options, p =>
        {
            // Counted on the thread's own stack and copied once: partitions' slots share cache
            // lines, and two cores incrementing one line would pass it back and forth.
            Span<int> local = stackalloc int[slotCount];
            CountInto(CapaianBatch.Partition(inputs, p, PartitionSize).Span, local);
            local.CopyTo(slots.AsSpan(p * slotCount, slotCount));
        });
        countsPerBand.Clear();
        int ungraded = 0;
        for (int p = 0; p < partitions; p++)
        {
            var part = slots.AsSpan(p * slotCount, slotCount);
            ungraded += part[0];
            for (int b = 0; b < countsPerBand.Length; b++)
            {
                countsPerBand[b] += part[b + 1];
            }
        }
        return ungraded;
    }

    /// <summary>Computes every input's capaian and band (the work of <see cref="CapaianBatch.Evaluate"/>).</summary>
    internal void Evaluate(ReadOnlySpan<CapaianInput> inputs, Span<CapaianResult> results, Span<int> bandIndexes) =>
        evaluator.Evaluate(inputs, results, bandIndexes);

    private void CountInto(ReadOnlySpan<CapaianInput> inputs, Span<int> slots)
    {
        Span<int> bits = stackalloc int[4];
        for (int i = 0; i < inputs.Length; i++)
        {
            slots[GradeOne(in inputs[i], bits) + 1]++;
        }
    }

    private void CheckCounts(Span<int> countsPerBand) =>
        Preconditions.CheckArgument(countsPerBand.Length == Scale.Bands.Count, nameof(countsPerBand),
            "The counts need one element per band of the scale ({0}).", Scale.Bands.Count);

    // The band without the capaian: integer comparisons of the operands' mantissas.
    private int GradeOne(in CapaianInput input, Span<int> bits)
    {
        if (!input.HasRealisasi)
        {
            return -1;
        }
        if (!DecimalRatio.TryDecode(input.Target, bits, out ulong t, out int ts, out _)
            || !DecimalRatio.TryDecode(input.RealisasiOrZero, bits, out ulong r, out int rs, out bool negative)
            || (negative && r != 0))
        {
            return GradeExactly(in input);
        }
        if (t == 0)
        {
            return Policy.ZeroTarget.IsFullAchievement(input.RealisasiOrZero, input.Polarity) ? zeroOfZeroBand : -1;
        }
        // Tables and operand order by polarity without a branch: polarities come in no order.
        int polarity = (int)input.Polarity & 1;
        GradingTable? table = bandTables[polarity];
        bool inverted = (polarity & invertedNegative) != 0;
        ulong a = inverted ? t : r;
        ulong b = inverted ? r : t;
        int difference = unchecked(inverted ? rs - ts : ts - rs); // b's scale − a's scale
        // (b = 0 needs no test of its own: no a is below 9 · 0, so it takes the exact path below.)
        if (table is null || unchecked((uint)(difference + MaxAlignment)) > 2 * MaxAlignment)
        {
            return GradeExactly(in input);
        }
        int scaleA = Math.Max(difference, 0);
        int scaleB = Math.Max(unchecked(-difference), 0);
        if (a > DecimalRatio.MaxBeforeScaling[scaleA] || b > DecimalRatio.MaxBeforeScaling[scaleB])
        {
            return GradeExactly(in input);
        }
        a = unchecked(a * DecimalRatio.PowersOfTen[scaleA]);
        b = unchecked(b * DecimalRatio.PowersOfTen[scaleB]);
        if (!BelowNineHundredPercent(a, b))
        {
            return GradeExactly(in input);
        }
        return table.BandOf(table.PieceOfRatio(a, b));
    }

    // 100 · a / b < 900 ⇔ a < 9 · b: the tables answer for ratios below 900 %.
    private static bool BelowNineHundredPercent(ulong a, ulong b) => b > ulong.MaxValue / 9 || a < unchecked(9 * b);

    private int GradeExactly(in CapaianInput input)
    {
        RatioEvaluator.CountExactItem();
        var result = Capaian.CalculateCore(input.Target, input.RealisasiOrZero, input.Polarity, Policy);
        return result.HasValue ? Scale.IndexOf(Basis == CapaianBasis.Raw ? result.Raw : result.Value) : -1;
    }
}
