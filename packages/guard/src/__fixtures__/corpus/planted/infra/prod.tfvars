region         = "eu-west-1"
instance_type  = "t3.medium"
db_password    = "FakeTfvarsPw!9"
