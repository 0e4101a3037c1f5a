# Mutant: applicant_id not declared unique
# applicant_schema = pa.DataFrameSchema({...column name: pa.Column(...)...}, ...)
### BEGIN SOLUTION
applicant_schema = pa.DataFrameSchema(
    {
        "applicant_id": pa.Column("int64", pa.Check.gt(0), nullable=False),
        "name": pa.Column(str, pa.Check.str_length(min_value=1), nullable=False),
        "age": pa.Column("int64", pa.Check.in_range(18, 100), nullable=False),
        "income": pa.Column("float64", pa.Check.ge(0), nullable=False),
        "loan_amount": pa.Column("float64", pa.Check.gt(0), nullable=False),
        "employment": pa.Column(str, pa.Check.isin(EMPLOYMENT), nullable=False),
    },
    strict=True,
)
### END SOLUTION
