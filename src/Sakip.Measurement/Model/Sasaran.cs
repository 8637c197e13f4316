using System.Collections.Generic;
using Sakip.Measurement.Utility;

namespace Sakip.Measurement.Model;

/// <summary>Sasaran strategis: an objective under a <see cref="Tujuan"/>, measured by its indicators (IKU).</summary>
/// <remarks><threadsafety>This type is immutable and thread-safe.</threadsafety></remarks>
public sealed record Sasaran
{
    /// <summary>Initializes a new sasaran.</summary>
    /// <param name="code">The code, unique within the Renstra, e.g. <c>S1</c>.</param>
    /// <param name="name">The name as the Renstra writes it.</param>
    /// <param name="indikator">The sasaran's indicators, in order.</param>
    /// <exception cref="System.ArgumentNullException">An argument or element is null.</exception>
    /// <exception cref="System.ArgumentException">The code or name is blank.</exception>
    public Sasaran(string code, string name, IEnumerable<Indikator> indikator)
    {
        Code = Preconditions.CheckNotBlank(code);
        Name = Preconditions.CheckNotBlank(name);
        Indikator = new EquatableArray<Indikator>(Preconditions.CheckElementsNotNull(indikator));
    }

    /// <summary>Gets the code.</summary>
    public string Code { get; }

    /// <summary>Gets the name.</summary>
    public string Name { get; }

    /// <summary>Gets the indicators, in order.</summary>
    public EquatableArray<Indikator> Indikator { get; }
}

/// <summary>Tujuan: a goal of the Renstra, with its own indicators and its sasaran.</summary>
/// <remarks><threadsafety>This type is immutable and thread-safe.</threadsafety></remarks>
public sealed record Tujuan
{
    /// <summary>Initializes a new tujuan.</summary>
    /// <param name="code">The code, unique within the Renstra, e.g. <c>T1</c>.</param>
    /// <param name="name">The name as the Renstra writes it.</param>
    /// <param name="indikator">The tujuan's own indicators, in order.</param>
    /// <param name="sasaran">The sasaran under the tujuan, in order.</param>
    /// <exception cref="System.ArgumentNullException">An argument or element is null.</exception>
    /// <exception cref="System.ArgumentException">The code or name is blank.</exception>
    public Tujuan(string code, string name, IEnumerable<Indikator> indikator, IEnumerable<Sasaran> sasaran)
    {
        Code = Preconditions.CheckNotBlank(code);
        Name = Preconditions.CheckNotBlank(name);
        Indikator = new EquatableArray<Indikator>(Preconditions.CheckElementsNotNull(indikator));
        Sasaran = new EquatableArray<Sasaran>(Preconditions.CheckElementsNotNull(sasaran));
    }

    /// <summary>Gets the code.</summary>
    public string Code { get; }

    /// <summary>Gets the name.</summary>
    public string Name { get; }

    /// <summary>Gets the tujuan's own indicators.</summary>
    public EquatableArray<Indikator> Indikator { get; }

    /// <summary>Gets the sasaran under the tujuan.</summary>
    public EquatableArray<Sasaran> Sasaran { get; }
}
