namespace System.Activities
{
    public enum ArgumentDirection
    {
        In = 0,
        Out = 1,
        InOut = 2,
    }
}
