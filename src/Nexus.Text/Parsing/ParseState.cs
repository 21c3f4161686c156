namespace Nexus.Text.Parsing;

/// <summary>
/// An arc-eager configuration over positions 0..n (0 is the artificial root, word i is position i+1):
/// the stack, the buffer front, the arcs so far and the per-position facts the features read
/// (outermost dependents, valencies, label sets). Reused across sentences; grows, never shrinks.
/// </summary>
public sealed class ParseState
{
    public const int Shift = 0, Reduce = 1, Left = 2, Right = 3, ActionCount = 4;

    public int N;
    public int BufferFront;
    public int StackSize;
    public int[] Stack = new int[64];
    public bool[] InStack = new bool[64];
    public int[] Head = new int[64], Label = new int[64];
    public int[] Left1 = new int[64], Left2 = new int[64], Right1 = new int[64], Right2 = new int[64];
    public int[] LeftCount = new int[64], RightCount = new int[64];
    public ulong[] LeftLabels = new ulong[64], RightLabels = new ulong[64];
    public bool RootHasDependent;

    public int S0 => Stack[StackSize - 1];

    public int S1 => StackSize >= 2 ? Stack[StackSize - 2] : -1;

    public bool BufferEmpty => BufferFront > N;

    /// <summary>Starts a sentence of <paramref name="words"/> words: root on the stack, every word in the buffer.</summary>
    public void Reset(int words)
    {
        N = words;
        var size = words + 1;
        if (Head.Length < size + 2) Grow(size * 2 + 2);
        Array.Fill(Head, -1, 0, size);
        Array.Fill(Label, -1, 0, size);
        Array.Fill(Left1, -1, 0, size);
        Array.Fill(Left2, -1, 0, size);
        Array.Fill(Right1, -1, 0, size);
        Array.Fill(Right2, -1, 0, size);
        Array.Clear(LeftCount, 0, size);
        Array.Clear(RightCount, 0, size);
        Array.Clear(LeftLabels, 0, size);
        Array.Clear(RightLabels, 0, size);
        Array.Clear(InStack, 0, size);
        Stack[0] = 0;
        InStack[0] = true;
        StackSize = 1;
        BufferFront = 1;
        RootHasDependent = false;
    }

    public bool IsValid(int action) => action switch
    {
        Shift => !BufferEmpty,
        Reduce => S0 != 0 && (Head[S0] >= 0 || BufferEmpty),
        Left => !BufferEmpty && S0 != 0 && Head[S0] < 0,
        Right => !BufferEmpty && (S0 != 0 || !RootHasDependent),
        _ => false,
    };

    public void Apply(int action, int label)
    {
        switch (action)
        {
            case Shift: Push(BufferFront++); break;
            case Reduce: InStack[Stack[--StackSize]] = false; break;
            case Left:
                AddArc(BufferFront, S0, label);
                InStack[Stack[--StackSize]] = false;
                break;
            case Right:
                AddArc(S0, BufferFront, label);
                Push(BufferFront++);
                break;
        }
    }

    /// <summary>Makes this configuration a copy of <paramref name="other"/> (the beam's successors start as copies).</summary>
    public void CopyFrom(ParseState other)
    {
        var size = other.N + 1;
        if (Head.Length < other.Head.Length) Grow(other.Head.Length);
        N = other.N;
        BufferFront = other.BufferFront;
        StackSize = other.StackSize;
        RootHasDependent = other.RootHasDependent;
        Array.Copy(other.Stack, Stack, StackSize);
        Array.Copy(other.InStack, InStack, size);
        Array.Copy(other.Head, Head, size);
        Array.Copy(other.Label, Label, size);
        Array.Copy(other.Left1, Left1, size);
        Array.Copy(other.Left2, Left2, size);
        Array.Copy(other.Right1, Right1, size);
        Array.Copy(other.Right2, Right2, size);
        Array.Copy(other.LeftCount, LeftCount, size);
        Array.Copy(other.RightCount, RightCount, size);
        Array.Copy(other.LeftLabels, LeftLabels, size);
        Array.Copy(other.RightLabels, RightLabels, size);
    }

    private void Push(int position)
    {
        Stack[StackSize++] = position;
        InStack[position] = true;
    }

    private void AddArc(int head, int dependent, int label)
    {
        Head[dependent] = head;
        Label[dependent] = label;
        var bit = 1UL << (label & 63);
        if (dependent < head)
        {
            Left2[head] = Left1[head];
            Left1[head] = dependent;
            LeftCount[head]++;
            LeftLabels[head] |= bit;
        }
        else
        {
            Right2[head] = Right1[head];
            Right1[head] = dependent;
            RightCount[head]++;
            RightLabels[head] |= bit;
        }
        if (head == 0) RootHasDependent = true;
    }

    private void Grow(int size)
    {
        Stack = new int[size]; InStack = new bool[size];
        Head = new int[size]; Label = new int[size];
        Left1 = new int[size]; Left2 = new int[size]; Right1 = new int[size]; Right2 = new int[size];
        LeftCount = new int[size]; RightCount = new int[size];
        LeftLabels = new ulong[size]; RightLabels = new ulong[size];
    }
}
