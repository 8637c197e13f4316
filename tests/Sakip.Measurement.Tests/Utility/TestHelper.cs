using System;
using System.Reflection;
using Xunit;

namespace Sakip.Measurement.Tests.Utility;

/// <summary>
/// The laws every equality and ordering type must keep, checked through one helper (as NodaTime's
/// TestHelper does): <c>Equals(T)</c>, <c>Equals(object)</c>, <c>==</c> and <c>!=</c> agree, equal
/// values have equal hash codes, and <c>CompareTo</c>, <c>&lt;</c>, <c>&gt;</c>, <c>&lt;=</c> and
/// <c>&gt;=</c> agree with each other and are antisymmetric. Operators are checked when the type
/// declares them. Also: the bytes a call allocates, for the paths the library documents as
/// allocation-free.
/// </summary>
public static class TestHelper
{
    /// <summary>Checks the equality laws of a value type.</summary>
    /// <param name="value">A value.</param>
    /// <param name="equalValue">Another value equal to <paramref name="value"/>.</param>
    /// <param name="unequalValues">Values each unequal to <paramref name="value"/>.</param>
    public static void TestEqualsStruct<T>(T value, T equalValue, params T[] unequalValues)
        where T : struct, IEquatable<T>
    {
        Assert.NotEmpty(unequalValues);
        CheckEqual(value, equalValue);
        CheckEqual(equalValue, value);
        CheckEqual(value, value);
        Assert.False(value.Equals(null), "Equals(null) must be false");
        Assert.False(value.Equals(new object()), "Equals(an object of another type) must be false");
        foreach (var unequal in unequalValues)
        {
            CheckUnequal(value, unequal);
            CheckUnequal(unequal, value);
        }
    }

    /// <summary>Checks the equality laws of a reference type (a record or a class).</summary>
    /// <param name="value">A value.</param>
    /// <param name="equalValue">Another instance equal to <paramref name="value"/>.</param>
    /// <param name="unequalValues">Instances each unequal to <paramref name="value"/>.</param>
    public static void TestEqualsClass<T>(T value, T equalValue, params T[] unequalValues)
        where T : class, IEquatable<T>
    {
        Assert.NotEmpty(unequalValues);
        Assert.NotSame(value, equalValue);
        CheckEqual(value, equalValue);
        CheckEqual(equalValue, value);
        Assert.False(value.Equals((T?)null), "Equals(null) must be false");
        Assert.False(value.Equals((object?)null), "Equals((object)null) must be false");
        foreach (var unequal in unequalValues)
        {
            CheckUnequal(value, unequal);
            CheckUnequal(unequal, value);
        }
    }

    /// <summary>
    /// Checks the ordering laws of a value type: <paramref name="value"/> and
    /// <paramref name="equalValue"/> compare as equal, and each of <paramref name="greaterValues"/>
    /// compares above both.
    /// </summary>
    /// <param name="value">A value.</param>
    /// <param name="equalValue">A value that compares equal to <paramref name="value"/>.</param>
    /// <param name="greaterValues">Values each greater than <paramref name="value"/>.</param>
    public static void TestCompareToStruct<T>(T value, T equalValue, params T[] greaterValues)
        where T : struct, IComparable<T>
    {
        Assert.NotEmpty(greaterValues);
        CheckOrder(value, equalValue, 0);
        CheckOrder(equalValue, value, 0);
        CheckOrder(value, value, 0);
        foreach (var greater in greaterValues)
        {
            CheckOrder(value, greater, -1);
            CheckOrder(greater, value, 1);
            CheckOrder(equalValue, greater, -1);
        }
    }

    /// <summary>
    /// Returns the bytes allocated on this thread by <paramref name="repetitions"/> calls of
    /// <paramref name="action"/>, after one call to warm it up (JIT, static initialisers).
    /// </summary>
    /// <param name="action">The call, allocation-free itself (a delegate created once).</param>
    /// <param name="repetitions">How many calls to measure.</param>
    /// <returns>The bytes allocated.</returns>
    public static long AllocatedBytes(Action action, int repetitions = 100)
    {
        action();
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < repetitions; i++)
        {
            action();
        }
        return GC.GetAllocatedBytesForCurrentThread() - before;
    }

    private static void CheckEqual<T>(T left, T right)
        where T : IEquatable<T>
    {
        Assert.True(left.Equals(right), $"{left} must equal {right}");
        Assert.True(left.Equals((object)right!), $"{left} must equal {right} as an object");
        Assert.Equal(left.GetHashCode(), right.GetHashCode());
        if (Operator<T, bool>("op_Equality") is { } equality)
        {
            Assert.True(equality(left, right), $"{left} == {right} must be true");
        }
        if (Operator<T, bool>("op_Inequality") is { } inequality)
        {
            Assert.False(inequality(left, right), $"{left} != {right} must be false");
        }
    }

    private static void CheckUnequal<T>(T left, T right)
        where T : IEquatable<T>
    {
        Assert.False(left.Equals(right), $"{left} must not equal {right}");
        Assert.False(left.Equals((object)right!), $"{left} must not equal {right} as an object");
        if (Operator<T, bool>("op_Equality") is { } equality)
        {
            Assert.False(equality(left, right), $"{left} == {right} must be false");
        }
        if (Operator<T, bool>("op_Inequality") is { } inequality)
        {
            Assert.True(inequality(left, right), $"{left} != {right} must be true");
        }
    }

    // expected: the sign of left.CompareTo(right).
    private static void CheckOrder<T>(T left, T right, int expected)
        where T : IComparable<T>
    {
        Assert.Equal(expected, Math.Sign(left.CompareTo(right)));
        if (left is IComparable untyped)
        {
            Assert.Equal(expected, Math.Sign(untyped.CompareTo(right)));
        }
        Check("op_LessThan", expected < 0);
        Check("op_GreaterThan", expected > 0);
        Check("op_LessThanOrEqual", expected <= 0);
        Check("op_GreaterThanOrEqual", expected >= 0);

        void Check(string name, bool result)
        {
            if (Operator<T, bool>(name) is { } op)
            {
                Assert.True(op(left, right) == result, $"{name}({left}, {right}) must be {result}");
            }
        }
    }

    private static Func<T, T, TResult>? Operator<T, TResult>(string name)
    {
        var method = typeof(T).GetMethod(name, BindingFlags.Public | BindingFlags.Static, [typeof(T), typeof(T)]);
        return method is null ? null : (left, right) => (TResult)method.Invoke(null, [left, right])!;
    }
}
