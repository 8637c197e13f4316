using System;
using System.Collections;
using System.Collections.Generic;
using System.Collections.Immutable;

namespace Sakip.Measurement;

/// <summary>
/// An immutable array with structural (element-wise) equality, so that records holding a list
/// compare by content rather than by reference.
/// </summary>
/// <typeparam name="T">The element type.</typeparam>
/// <remarks>
/// <para>The default value is an empty array. Elements are kept in the order the caller gave them.</para>
/// <para>Equality compares elements pairwise with <see cref="EqualityComparer{T}.Default"/>.</para>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
/// </remarks>
public readonly struct EquatableArray<T> : IEquatable<EquatableArray<T>>, IReadOnlyList<T>
{
    private readonly ImmutableArray<T> items;

    /// <summary>Initializes a new instance from an immutable array.</summary>
    /// <param name="items">The elements; a default array is treated as empty.</param>
    public EquatableArray(ImmutableArray<T> items) => this.items = items.IsDefault ? ImmutableArray<T>.Empty : items;

    /// <summary>Gets an empty array.</summary>
    public static EquatableArray<T> Empty => new(ImmutableArray<T>.Empty);

    /// <summary>Gets the underlying immutable array (never default).</summary>
    public ImmutableArray<T> AsImmutableArray() => items.IsDefault ? ImmutableArray<T>.Empty : items;

    /// <summary>Gets the elements as a span.</summary>
    public ReadOnlySpan<T> AsSpan() => AsImmutableArray().AsSpan();

    /// <inheritdoc />
    public int Count => items.IsDefault ? 0 : items.Length;

    /// <summary>Gets a value indicating whether the array has no elements.</summary>
    public bool IsEmpty => Count == 0;

    /// <inheritdoc />
    public T this[int index] => AsImmutableArray()[index];

    /// <summary>Returns a struct enumerator over the elements.</summary>
    /// <returns>The enumerator.</returns>
    public ImmutableArray<T>.Enumerator GetEnumerator() => AsImmutableArray().GetEnumerator();

    IEnumerator<T> IEnumerable<T>.GetEnumerator() => ((IEnumerable<T>)AsImmutableArray()).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => ((IEnumerable)AsImmutableArray()).GetEnumerator();

    /// <inheritdoc />
    public bool Equals(EquatableArray<T> other) => AsSpan().SequenceEqual(other.AsSpan(), EqualityComparer<T>.Default);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is EquatableArray<T> other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var item in AsSpan())
        {
            hash.Add(item);
        }
        return hash.ToHashCode();
    }

    /// <summary>Compares two arrays element by element.</summary>
    /// <param name="left">The first array.</param>
    /// <param name="right">The second array.</param>
    /// <returns><see langword="true"/> when both hold equal elements in the same order.</returns>
    public static bool operator ==(EquatableArray<T> left, EquatableArray<T> right) => left.Equals(right);

    /// <summary>Compares two arrays element by element.</summary>
    /// <param name="left">The first array.</param>
    /// <param name="right">The second array.</param>
    /// <returns><see langword="true"/> when the arrays differ in length or in any element.</returns>
    public static bool operator !=(EquatableArray<T> left, EquatableArray<T> right) => !left.Equals(right);
}

/// <summary>Factory methods for <see cref="EquatableArray{T}"/>.</summary>
public static class EquatableArray
{
    /// <summary>Creates an array from a sequence, keeping its order.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="items">The elements.</param>
    /// <returns>The array.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="items"/> is null.</exception>
    public static EquatableArray<T> Create<T>(IEnumerable<T> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        return new EquatableArray<T>(items.ToImmutableArray());
    }

    /// <summary>Creates an array from the given elements, keeping their order.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="items">The elements.</param>
    /// <returns>The array.</returns>
    public static EquatableArray<T> Create<T>(params T[] items)
    {
        ArgumentNullException.ThrowIfNull(items);
        return new EquatableArray<T>(ImmutableArray.Create(items));
    }
}
